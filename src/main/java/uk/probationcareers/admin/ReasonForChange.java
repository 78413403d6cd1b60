package uk.probationcareers.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why an editor is changing something the public sees: required, short, and free of
 * control characters; each rule says what is wrong in its own words.
 */
@NotBlank(message = "{admin.change.reason.required}")
@Size(max = ReasonForChange.MAX, message = "{admin.form.tooLong}")
@NoControlCharacters
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Documented
public @interface ReasonForChange {

	/** As long as the audit trail keeps. */
	int MAX = 500;

	String message() default "{admin.change.reason.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
