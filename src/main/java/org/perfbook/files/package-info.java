/**
 * Small file helpers every stage uses: atomic writes.
 */
package org.perfbook.files;
