/**
 * The records every stage shares: Indicator, Period, Observation, Benchmark, Target, Tolerance, Status,
 * Polarity, Direction, Finding with its codes and its context, Source, and the immutable Catalogue with its lookups;
 * for the risk register, RiskEntry with its RiskKind, RiskScore, RiskScale, Confidence and RiskStatus.
 *
 * <p>Imports nothing but the JDK: no spreadsheet, chart or command-line library, and no other perfbook package.
 */
package org.perfbook.model;
