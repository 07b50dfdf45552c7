package org.perfbook.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that checks Office files against the ECMA-376 schema: it needs poi-ooxml-full in place of
 * poi-ooxml-lite, so it is left out of {@code mvn test} and run by its own surefire execution in {@code mvn verify}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("schema")
public @interface Schema {}
