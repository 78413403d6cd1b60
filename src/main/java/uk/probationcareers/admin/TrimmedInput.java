package uk.probationcareers.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an admin controller whose forms get their text trimmed, and blank text bound as
 * no value, by {@link AdminFormBinding}. Forms holding passwords must not use it: a
 * password's spaces are part of it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface TrimmedInput {

}
