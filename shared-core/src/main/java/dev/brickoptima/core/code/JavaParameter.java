package dev.brickoptima.core.code;

/**
 * A method parameter as MyBatis names it in {@code #{}} and {@code ${}}: its own name, or the value of its
 * {@code @Param} annotation.
 *
 * @param name      the parameter's name in the source
 * @param boundName the value of its {@code @Param("...")} annotation, or null
 * @param type      its declared type, or null when unknown
 */
public record JavaParameter(String name, String boundName, JavaType type) {
    /** Whether {@code ${key}} / {@code #{key}} refers to this parameter. */
    public boolean isNamed(String key) {
        return key.equals(boundName) || boundName == null && key.equals(name);
    }
}
