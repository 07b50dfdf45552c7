/**
 * Small file helpers every stage uses: atomic writes, file names made safe from names people type, and
 * pictures streamed from their files into a saved Office package, so memory does not grow with the charts.
 */
package org.perfbook.files;
