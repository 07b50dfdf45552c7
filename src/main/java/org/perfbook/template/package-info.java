/**
 * The return templates the services fill in: the layout, the input rules (data validation), the guidance
 * sheet and the template identity, written and read in one place.
 *
 * <p>Knows nothing of how returns are checked or of the book.
 */
package org.perfbook.template;
