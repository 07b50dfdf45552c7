/**
 * The jobs: build and validate from end to end, the figures of earlier periods that templates and checks
 * compare with, and the layout of the inputs folder.
 *
 * <p>Calls the stages; holds no spreadsheet, calculation or wording code of its own.
 */
package org.perfbook.pipeline;
