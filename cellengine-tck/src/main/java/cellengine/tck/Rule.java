package cellengine.tck;

import org.junit.jupiter.api.Test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test method as one rule of the kit, and is the one place where the rule's id and statement are written:
 * the test's display name ({@code "<id> <statement>"}) and the rule's line in {@code RULES.md} are derived from it.
 * A rule is a JUnit {@link Test}; it needs no other annotation.
 *
 * <pre>{@code
 * @Rule(id = "EXP-GET-2", statement = "an unknown id answers 404")
 * void unknown_id_is_404() { ... }
 * }</pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Test
public @interface Rule {

    /**
     * {@return the rule's id: upper-case words and a number joined by dashes, such as {@code EXP-GET-2}; unique in
     * the kit}
     */
    String id();

    /** {@return what the rule requires, as one lower-case sentence without a final full stop} */
    String statement();

    /**
     * {@return where the required behaviour is specified; empty for the {@link RuleGroup#reference()} of the rule's
     * class}
     */
    String reference() default "";

    /**
     * {@return what to look at first when the rule fails; empty for the {@link RuleGroup#check()} of the rule's
     * class}
     */
    String check() default "";
}
