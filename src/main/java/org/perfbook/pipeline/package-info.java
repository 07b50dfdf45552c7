/**
 * The jobs: build, validate and template from end to end, the figures of earlier periods that templates
 * and checks compare with, the layout of the inputs folder, and the one way work is spread over threads
 * ({@code Parallel}) with its progress hooks.
 *
 * <p>Calls the stages; holds no spreadsheet, calculation or wording code of its own.
 */
package org.perfbook.pipeline;
