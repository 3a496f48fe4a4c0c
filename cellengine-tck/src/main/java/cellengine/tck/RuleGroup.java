package cellengine.tck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What most {@link Rule}s of one class share: where their behaviour is specified and where to look when they fail.
 * A rule that names its own {@link Rule#reference()} or {@link Rule#check()} overrides these.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleGroup {

    /** {@return where the group's behaviour is specified} */
    String reference() default "";

    /** {@return what to look at first when one of the group's rules fails} */
    String check() default "";
}
