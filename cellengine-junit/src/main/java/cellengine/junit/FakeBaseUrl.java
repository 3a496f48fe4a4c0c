package cellengine.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter that receives the fake server's base URL, such as
 * {@code http://127.0.0.1:54321} (without {@code /api/v1}), in a class annotated {@link FakeCellEngineTest}.
 *
 * @since 0.1
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FakeBaseUrl {
}
