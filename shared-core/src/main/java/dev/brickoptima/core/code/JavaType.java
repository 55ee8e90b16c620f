package dev.brickoptima.core.code;

/**
 * The static type of a Java expression.
 *
 * @param name      the erased qualified name ({@code java.lang.String}) or the primitive's name ({@code int})
 * @param primitive whether it is a primitive type
 * @param enumType  whether it is an enum
 */
public record JavaType(String name, boolean primitive, boolean enumType) {
    public static final JavaType STRING = new JavaType("java.lang.String", false, false);

    public static JavaType of(String qualifiedName) {
        return new JavaType(qualifiedName, false, false);
    }

    public static JavaType primitive(String name) {
        return new JavaType(name, true, false);
    }

    public boolean isString() {
        return "java.lang.String".equals(name);
    }
}
