package dev.brickoptima.core.code;

import java.util.List;

/**
 * What a host (IntelliJ PSI, Eclipse JDT, the CLI's JDT parser, a language server) tells the core about one Java
 * source file, so that finding SQL in it, analysing it and building fixes happens once, in {@link JavaSqlAnalyzer}.
 * {@code N} is the host's node type. Offsets are into {@link #text()}, end exclusive. Every method may return null
 * (or an empty list) for "unknown": the core then assumes less, never more.
 */
public interface JavaCodeView<N> {
    /** What an expression is, as far as SQL text is concerned. */
    enum Kind {
        /** A string literal or a text block. */
        STRING_LITERAL,
        /** A {@code +} whose type is String. */
        CONCATENATION,
        PARENTHESIZED,
        /** A simple or qualified name that may refer to a variable or field. */
        NAME,
        /** A method call. */
        CALL,
        /** {@code c ? a : b}; its {@link #operands} are the two branches. */
        CONDITIONAL,
        /** A switch expression; its {@link #operands} are the values its arms give (arrow expressions and yields). */
        SWITCH,
        /** An array initializer in an annotation ({@code @Select({"a", "b"})}); its {@link #operands} are the elements. */
        ARRAY,
        /** An object creation ({@code new StringBuilder("...")}); {@link #arguments} gives its arguments. */
        NEW,
        OTHER
    }

    /** The whole source text of the file. */
    String text();

    /**
     * Method calls in source order. Every call: the sinks a project declares in its configuration may have any name
     * (the core filters by name before it asks anything else about a call).
     */
    List<N> calls();

    /** Annotations in source order (a host may leave out those whose simple name is not in {@link SqlSinks#annotationSimpleNames}). */
    List<N> annotations();

    /** String literals and text blocks in source order. */
    List<N> stringLiterals();

    Kind kind(N expression);

    int start(N node);

    int end(N node);

    /** The parent node, or null at the top. */
    N parent(N node);

    /**
     * The operands of a {@link Kind#CONCATENATION} in order, the two branches of a {@link Kind#CONDITIONAL}, the values
     * of a {@link Kind#SWITCH}, the elements of an {@link Kind#ARRAY}.
     */
    List<N> operands(N concatenation);

    /** The expression inside a {@link Kind#PARENTHESIZED}. */
    N inner(N parenthesized);

    /** The value of a compile-time constant expression (String, Number, Boolean, Character), or null. */
    Object constantValue(N expression);

    /** The static type of an expression, or null when unknown. */
    JavaType type(N expression);

    /** The variable or field a {@link Kind#NAME} refers to, or null when it is none or cannot be resolved. */
    JavaVariable<N> variable(N name);

    /** Whether the node is inside an annotation (its value is declared, not computed). */
    boolean insideAnnotation(N node);

    /**
     * The statement or member declaration holding {@code node}: the unit a {@code // brickoptima:ignore} comment
     * above it applies to. {@code start} skips a Javadoc comment.
     */
    JavaStatement statementOf(N node);

    /** The source range of the method, constructor or initializer body holding {@code node}, or null. */
    JavaStatement bodyOf(N node);

    /** A call's method name. */
    String methodName(N call);

    /** A call's receiver ({@code st} in {@code st.executeQuery(..)}), or null for an unqualified call. */
    N receiver(N call);

    /** The arguments of a call or of a {@link Kind#NEW}. */
    List<N> arguments(N call);

    /**
     * The values a called method returns when it is declared in this file (every {@code return} expression of its
     * body, not those of lambdas or local classes in it); null when it is declared elsewhere or cannot be resolved.
     */
    List<N> returnedValues(N call);

    /**
     * The parameters of the method an annotation is on (for MyBatis {@code ${name}}: which parameter a name means and
     * its type); empty when it is on no method or unknown.
     */
    List<JavaParameter> annotatedMethodParameters(N annotation);

    /**
     * The declaring class of the called method and its supertypes, nearest first, as qualified names; empty when
     * the call cannot be resolved. A host without full type information may answer from the receiver's declared
     * type and the file's imports.
     */
    List<String> callOwners(N call);

    /** The qualified name of an annotation's type, or null. */
    String annotationType(N annotation);

    /** The expression given for an annotation attribute ({@code value} also when written without a name), or null. */
    N annotationAttribute(N annotation, String name);
}
