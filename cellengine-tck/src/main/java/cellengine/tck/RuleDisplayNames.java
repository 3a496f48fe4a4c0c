package cellengine.tck;

import org.junit.jupiter.api.DisplayNameGenerator;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Names each {@link Rule} test {@code "<id> <statement>"} in reports, so that a failure names the rule and what it
 * requires; other tests and classes keep JUnit's standard names.
 *
 * @since 0.1
 */
public final class RuleDisplayNames extends DisplayNameGenerator.Standard {

    /** Created by JUnit from {@code @DisplayNameGeneration}. */
    public RuleDisplayNames() {
    }

    @Override
    public String generateDisplayNameForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass,
                                               Method testMethod) {
        Rule rule = testMethod.getAnnotation(Rule.class);
        return rule == null ? super.generateDisplayNameForMethod(enclosingInstanceTypes, testClass, testMethod)
                : rule.id() + " " + rule.statement();
    }
}
