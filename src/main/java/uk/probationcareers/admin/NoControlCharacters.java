package uk.probationcareers.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The text holds no control characters other than tab, line feed and carriage return:
 * they are invisible on the page and break feeds and spreadsheets.
 */
@Target({ ElementType.FIELD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoControlCharactersValidator.class)
@Documented
public @interface NoControlCharacters {

	String message() default "{admin.form.controlCharacters}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
