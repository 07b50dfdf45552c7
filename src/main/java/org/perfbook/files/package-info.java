/**
 * Small file helpers every stage uses: atomic writes, and file names made safe from names people type.
 */
package org.perfbook.files;
