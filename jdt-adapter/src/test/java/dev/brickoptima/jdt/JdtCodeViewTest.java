package dev.brickoptima.jdt;

import dev.brickoptima.core.code.JavaCodeView.Kind;
import dev.brickoptima.core.code.JavaParameter;
import dev.brickoptima.core.code.JavaStatement;
import dev.brickoptima.core.code.JavaType;
import dev.brickoptima.core.code.JavaVariable;
import org.eclipse.jdt.core.dom.ASTNode;
import org.eclipse.jdt.core.dom.Annotation;
import org.eclipse.jdt.core.dom.NodeFinder;
import org.eclipse.jdt.core.dom.TypeDeclaration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the JDT view answers the core about small sources parsed without a classpath (JDK types resolve, library
 * types do not; lambdas whose target type is unknown have no bindings at all, like code an IDE cannot resolve).
 */
class JdtCodeViewTest {
    /** The node spanning exactly the first occurrence of {@code text}. */
    private static ASTNode node(JdtCodeView view, String text) {
        return node(view, text, text);
    }

    /** The node spanning exactly {@code text} at its last occurrence in the first occurrence of {@code context}. */
    private static ASTNode node(JdtCodeView view, String context, String text) {
        int in = view.text().indexOf(context);
        assertThat(in).as("'%s' in the source", context).isNotNegative();
        int at = in + context.lastIndexOf(text);
        assertThat(context).contains(text);
        ASTNode n = new NodeFinder(view.compilationUnit(), at, text.length()).getCoveredNode();
        assertThat(n).as("node of '%s'", text).isNotNull();
        assertThat(view.start(n)).as("start of '%s'", text).isEqualTo(at);
        assertThat(view.end(n)).as("end of '%s'", text).isEqualTo(at + text.length());
        return n;
    }

    private static String text(JdtCodeView view, ASTNode n) {
        return n == null ? null : view.text().substring(view.start(n), view.end(n));
    }

    private static List<String> texts(JdtCodeView view, List<ASTNode> nodes) {
        return nodes == null ? null : nodes.stream().map(n -> text(view, n)).toList();
    }

    private static JavaStatement range(String source, String from, String to) {
        int start = source.indexOf(from);
        return new JavaStatement(start, source.indexOf(to, start) + to.length(), false);
    }

    private static final String PLUS = """
        import foo.Unknown;

        class A {
            int f(String s, String t, int n, Unknown u) {
                String c = s + t;
                int d = n - 1;
                int e = n + 2;
                u.run(x -> x.q("a" + x.q()));
                u.run(x -> x.q(x.q() + ("b" + x.r())));
                u.run(x -> x.q(x.q() + \"""
                    tb\"""));
                u.run(x -> x.q(x.q() + (x.r() + x.s())));
                u.run(x -> x.q(x.q() + x.r()));
                u.run(x -> x.q(x.q() - "c"));
                return e;
            }
        }
        """;

    @Test
    void aPlusIsAConcatenationByItsTypeOrWithoutBindingsByAStringOperand() {
        JdtCodeView v = JavaSnippets.view(PLUS);
        assertThat(v.kind(node(v, "s + t"))).isEqualTo(Kind.CONCATENATION);
        assertThat(v.kind(node(v, "n - 1"))).isEqualTo(Kind.OTHER);
        assertThat(v.kind(node(v, "n + 2"))).isEqualTo(Kind.OTHER);
        // inside lambdas on an unresolved type nothing has a type: a string operand decides, also nested in parentheses
        assertThat(v.type(node(v, "\"a\" + x.q()"))).isNull();
        assertThat(v.kind(node(v, "\"a\" + x.q()"))).isEqualTo(Kind.CONCATENATION);
        assertThat(v.kind(node(v, "x.q() + (\"b\" + x.r())"))).isEqualTo(Kind.CONCATENATION);
        assertThat(v.kind(node(v, "x.q() + \"\"\"\n            tb\"\"\""))).isEqualTo(Kind.CONCATENATION);
        assertThat(v.kind(node(v, "x.q() + (x.r() + x.s())"))).isEqualTo(Kind.OTHER);
        assertThat(v.kind(node(v, "x.q() + x.r()"))).isEqualTo(Kind.OTHER);
        assertThat(v.kind(node(v, "x.q() - \"c\""))).isEqualTo(Kind.OTHER);
    }

    private static final String CONSTANTS = """
        import foo.Unknown;

        class A {
            static final int MAX = 10;
            static final String T = "orders";
            @interface Lim { int value(); long big() default 1L; char c() default 'x'; }

            @Lim(value = -3, big = 0x1FL, c = 'q') void m() {}

            String f(String s, Unknown u) {
                String z = T + MAX;
                String q = String.valueOf(1);
                boolean b = true;
                long m = -7L;
                u.run(x -> x.limit(12_345));
                u.run(x -> x.big(3L));
                u.run(x -> x.small(4l));
                u.run(x -> x.huge(2147483648));
                u.run(x -> x.ch('c'));
                u.run(x -> x.s("str"));
                return s + MAX;
            }
        }
        """;

    @Test
    void constantsOfEveryKindResolvedOrReadFromTheirToken() {
        JdtCodeView v = JavaSnippets.view(CONSTANTS);
        assertThat(v.constantValue(node(v, "-3"))).isEqualTo(-3);
        assertThat(v.constantValue(node(v, "0x1FL"))).isEqualTo(31L);
        assertThat(v.constantValue(node(v, "'q'"))).isEqualTo('q');
        assertThat(v.constantValue(node(v, "T + MAX"))).isEqualTo("orders10");
        assertThat(v.constantValue(node(v, "true"))).isEqualTo(true);
        assertThat(v.constantValue(node(v, "-7L"))).isEqualTo(-7L);
        assertThat(v.constantValue(node(v, "s + MAX", "MAX"))).isEqualTo(10);
        // the declaring name of a constant: its value comes from the variable
        assertThat(v.constantValue(node(v, "MAX = 10", "MAX"))).isEqualTo(10);
        // not constants: a call, a type name, a parameter, a statement
        assertThat(v.constantValue(node(v, "String.valueOf(1)"))).isNull();
        assertThat(v.constantValue(node(v, "String.valueOf(1)").getParent())).isNull();
        assertThat(v.constantValue(node(v, "String.valueOf(1)", "String"))).isNull();
        assertThat(v.constantValue(node(v, "s + MAX"))).isNull();
        // without bindings the literal's token is read (an int too large for one is no constant)
        assertThat(v.constantValue(node(v, "12_345"))).isEqualTo(12345);
        assertThat(v.constantValue(node(v, "3L"))).isEqualTo(3L);
        assertThat(v.constantValue(node(v, "4l"))).isEqualTo(4L);
        assertThat(v.constantValue(node(v, "2147483648"))).isNull();
        assertThat(v.constantValue(node(v, "'c'"))).isEqualTo('c');
        assertThat(v.constantValue(node(v, "\"str\""))).isEqualTo("str");
    }

    @Test
    void typesOfLiteralsNamesAndWhatIsNoExpression() {
        String src = """
            import foo.Unknown;

            class A {
                enum Color { RED }
                void f(int n, Unknown u, Color c) {
                    String s = "lit";
                    String b = \"""
                        block\""";
                    u.a();
                }
            }
            """;
        JdtCodeView v = JavaSnippets.view(src);
        assertThat(v.type(node(v, "\"lit\""))).isEqualTo(JavaType.STRING);
        assertThat(v.type(node(v, "\"\"\"\n            block\"\"\""))).isEqualTo(JavaType.STRING);
        assertThat(v.type(node(v, "int n"))).isNull(); // not an expression: a parameter declaration
        assertThat(v.type(node(v, "u.a()"))).isNull();
        assertThat(v.type(node(v, "int n", "n"))).isEqualTo(JavaType.primitive("int"));
        assertThat(v.type(node(v, "Color c", "c"))).isEqualTo(new JavaType("A.Color", false, true));
    }

    private static final String ASSIGNED = """
        import java.util.List;

        class A {
            private String conn = "c";
            static final int MAX = 10;

            void f(List<String> items, int n) {
                String q = "a";
                String other = null;
                other = (q = "b");
                q += n;
                int i = 0;
                int[] arr = new int[3];
                arr[i = 1]++;
                ++arr[i = 2];
                i++;
                --i;
                i = 4;
                int neg = -i;
                i *= 3;
                StringBuilder sb = new StringBuilder();
                sb.append("x").append(q);
                append("y");
                for (String it : items) use(this.conn, it + q + MAX);
            }

            void append(String s) {
            }

            void use(String a, String b) {
            }
        }
        """;

    private static List<String> assignments(JdtCodeView v, JavaVariable<ASTNode> variable) {
        List<String> out = new ArrayList<>();
        for (JavaVariable.Assignment<ASTNode> a : variable.assignments()) out.add((a.append() ? "+= " : "= ") + text(v, a.value()));
        return out;
    }

    @Test
    void aLocalsAssignmentsAreFoundInsideOtherExpressionsInSourceOrder() {
        JdtCodeView v = JavaSnippets.view(ASSIGNED);
        JavaVariable<ASTNode> q = v.variable(node(v, "q + MAX", "q"));
        assertThat(q.kind()).isEqualTo(JavaVariable.Kind.LOCAL);
        assertThat(q.name()).isEqualTo("q");
        assertThat(text(v, q.initializer())).isEqualTo("\"a\"");
        // q = "b" inside another assignment counts; the unqualified append("y") is no append to q, nor sb.append(q)
        assertThat(assignments(v, q)).containsExactly("= \"b\"", "+= n");
        assertThat(q.declaration()).isEqualTo(new JavaStatement(ASSIGNED.indexOf("String q"), ASSIGNED.indexOf("\"a\";") + 4, true));
        assertThat(q.fixed()).isFalse();

        JavaVariable<ASTNode> i = v.variable(node(v, "i *= 3", "i"));
        // i = 1 and i = 2 sit inside an increment of an array element; -i assigns nothing
        assertThat(assignments(v, i)).containsExactly("= 1", "= 2", "= null", "= null", "= 4", "= null");

        JavaVariable<ASTNode> sb = v.variable(node(v, "sb.append(", "sb"));
        assertThat(assignments(v, sb)).containsExactly("+= \"x\"", "+= q");

    }

    @Test
    void fieldsParametersLoopVariablesAndNonNames() {
        JdtCodeView v = JavaSnippets.view(ASSIGNED);
        JavaVariable<ASTNode> conn = v.variable(node(v, "this.conn"));
        assertThat(conn.kind()).isEqualTo(JavaVariable.Kind.FIELD);
        assertThat(conn.name()).isEqualTo("conn");
        assertThat(conn.declaredFinal()).isFalse();
        assertThat(conn.isStatic()).isFalse();
        assertThat(text(v, conn.initializer())).isEqualTo("\"c\"");
        assertThat(conn.assignments()).isEmpty();

        JavaVariable<ASTNode> max = v.variable(node(v, "q + MAX", "MAX"));
        assertThat(max.kind()).isEqualTo(JavaVariable.Kind.FIELD);
        assertThat(max.isStatic()).isTrue();
        assertThat(max.declaredFinal()).isTrue();
        assertThat(max.constantValue()).isEqualTo(10);

        JavaVariable<ASTNode> it = v.variable(node(v, "it + q", "it"));
        assertThat(it.kind()).isEqualTo(JavaVariable.Kind.LOCAL);
        assertThat(text(v, it.iterated())).isEqualTo("items");
        assertThat(it.type()).isEqualTo(JavaType.STRING);

        JavaVariable<ASTNode> n = v.variable(node(v, "q += n", "n"));
        assertThat(n.kind()).isEqualTo(JavaVariable.Kind.PARAMETER);
        assertThat(n.type()).isEqualTo(JavaType.primitive("int"));

        // each variable is described once per view
        JavaVariable<ASTNode> q1 = v.variable(node(v, "q += n", "q"));
        assertThat(v.variable(node(v, "q + MAX", "q"))).isSameAs(q1);

        assertThat(v.variable(node(v, "\"y\""))).isNull();
        assertThat(v.variable(node(v, "append(\"y\")"))).isNull();
    }

    private static final String MEMBERS = """
        import foo.Unknown;
        import org.apache.ibatis.annotations.Select;

        class D {
            /** Javadoc. */
            void g() {
                int x = 1;
            }

            /** Javadoc. */
            @Deprecated public int h;

            /** Javadoc. */
              int k = 2;

            static {
                int y = 3;
            }

            @SuppressWarnings("unused") void m() {
                String s = "in method";
            }
        }

        interface Mapper {
            @Select("SELECT 1")
            int one();
        }
        """;

    @Test
    void statementsStartAfterTheJavadocAndBodiesAreTheMethodsBlockOrTheDeclaration() {
        JdtCodeView v = JavaSnippets.view(MEMBERS);
        String src = MEMBERS;
        assertThat(v.statementOf(node(v, "void g", "g"))).isEqualTo(new JavaStatement(src.indexOf("void g"), src.indexOf("    }\n") + 5, false));
        assertThat(v.statementOf(node(v, "int h", "h"))).isEqualTo(new JavaStatement(src.indexOf("@Deprecated"), src.indexOf("h;") + 2, false));
        assertThat(v.statementOf(node(v, "int k", "k"))).isEqualTo(new JavaStatement(src.indexOf("int k"), src.indexOf("2;") + 2, false));
        assertThat(v.statementOf(node(v, "x = 1", "1"))).isEqualTo(new JavaStatement(src.indexOf("int x"), src.indexOf("1;") + 2, true));

        assertThat(v.bodyOf(node(v, "x = 1", "1"))).isEqualTo(range(src, "{\n        int x", "    }"));
        assertThat(v.bodyOf(node(v, "y = 3", "3"))).isEqualTo(range(src, "static {", "    }"));
        assertThat(v.bodyOf(node(v, "k = 2", "2"))).isEqualTo(range(src, "/** Javadoc. */\n      int k", "2;"));
        // an annotation on a method is held by the method: its body, or the declaration when it has none
        assertThat(v.bodyOf(node(v, "\"unused\""))).isEqualTo(range(src, "{\n        String s", "    }"));
        assertThat(v.bodyOf(node(v, "\"SELECT 1\""))).isEqualTo(range(src, "@Select(", "one();"));
        assertThat(v.bodyOf(node(v, "foo.Unknown"))).isNull();
    }

    @Test
    void onlyAnnotationValuesAreInsideAnAnnotation() {
        JdtCodeView v = JavaSnippets.view(MEMBERS);
        assertThat(v.insideAnnotation(node(v, "\"SELECT 1\""))).isTrue();
        assertThat(v.insideAnnotation(node(v, "\"unused\""))).isTrue();
        assertThat(v.insideAnnotation(node(v, "\"in method\""))).isFalse();
        assertThat(v.insideAnnotation(node(v, "foo.Unknown"))).isFalse(); // an import: no statement or declaration above it
        assertThat(v.insideAnnotation(v.compilationUnit())).isFalse();
    }

    @Test
    void literalsAtTheCursorIncludeBothEndsAndThoseInAnnotations() {
        String src = """
            class A {
                @interface Q { String value(); String[] more() default {}; }
                @Q(value = "normal", more = {"x"}) @SuppressWarnings("single") void f() {
                    String s = "abc";
                }
            }
            """;
        JdtCodeView v = JavaSnippets.view(src);
        assertThat(texts(v, v.stringLiterals())).containsExactly("\"normal\"", "\"x\"", "\"single\"", "\"abc\"");
        int start = src.indexOf("\"abc\"");
        int end = start + 5;
        assertThat(v.stringLiteralAt(start - 1)).isNull();
        assertThat(text(v, v.stringLiteralAt(start))).isEqualTo("\"abc\"");
        assertThat(text(v, v.stringLiteralAt(end))).isEqualTo("\"abc\"");
        assertThat(v.stringLiteralAt(end + 1)).isNull();
        assertThat(text(v, v.stringLiteralAt(src.indexOf("single")))).isEqualTo("\"single\"");
    }

    private static final String CALLS = """
        import java.util.concurrent.Callable;
        import java.util.function.Supplier;
        import foo.Unknown;

        interface Named { String name(); }
        abstract class Base implements Named {
            String base() { return "b"; }
            String wrap(String s) { return s; }
        }
        class Dao extends Base {
            public String name() { return "d"; }
            String sup() { return super.wrap(helper()) + super.base() + super.toString(); }
            void f(Unknown u, String s, Dao dao, Named named) {
                dao.name();
                named.name();
                s.noSuch();
                u.a();
                u.b().c();
                Unknown.make();
                foo.bar.Thing.make();
                s.trim();
                u.run(x -> Unknown.make(x.q().r()));
            }
            String helper() {
                Supplier<String> sp = () -> { return "lambda"; };
                Callable<String> c = new Callable<String>() { public String call() { return "anon"; } };
                class Local { String x() { return "local"; } }
                if (sp == null) return "one";
                return "two";
            }
            int sw(int k, int m) {
                String r = switch (k) {
                    case 1 -> "one";
                    case 2 -> { String z = switch (m) { default -> "inner"; }; yield z; }
                    default -> { yield "other"; }
                };
                return r.length();
            }
        }
        """;

    @Test
    void callsIncludeThoseInsideSuperCallsAndNameTheirMethod() {
        JdtCodeView v = JavaSnippets.view(CALLS);
        assertThat(v.calls()).extracting(v::methodName).containsExactly("wrap", "helper", "base", "toString",
            "name", "name", "noSuch", "a", "c", "b", "make", "make", "trim", "run", "make", "r", "q", "length");
        assertThat(v.methodName(node(v, "\"b\""))).isNull();
    }

    @Test
    void returnedValuesAreThoseOfTheCalledBodyOnly() {
        JdtCodeView v = JavaSnippets.view(CALLS);
        assertThat(texts(v, v.returnedValues(node(v, "helper()")))).containsExactly("\"one\"", "\"two\"");
        assertThat(texts(v, v.returnedValues(node(v, "super.base()")))).containsExactly("\"b\"");
        assertThat(texts(v, v.returnedValues(node(v, "dao.name()")))).containsExactly("\"d\"");
        assertThat(v.returnedValues(node(v, "named.name()"))).isNull(); // no body
        assertThat(v.returnedValues(node(v, "super.toString()"))).isNull(); // declared elsewhere
        assertThat(v.returnedValues(node(v, "s.trim()"))).isNull();
        assertThat(v.returnedValues(node(v, "u.a()"))).isNull();
    }

    @Test
    void aSwitchExpressionGivesItsArmsValuesNotThoseOfASwitchNestedInAnArm() {
        JdtCodeView v = JavaSnippets.view(CALLS);
        ASTNode sw = node(v, CALLS.substring(CALLS.indexOf("switch (k)"), CALLS.indexOf("};\n        return r") + 1));
        assertThat(v.kind(sw)).isEqualTo(Kind.SWITCH);
        assertThat(texts(v, v.operands(sw))).containsExactly("\"one\"", "z", "\"other\"");
    }

    @Test
    void callOwnersFromBindingsOrFromTheReceiversWrittenTypeAndTheImports() {
        JdtCodeView v = JavaSnippets.view(CALLS);
        assertThat(v.callOwners(node(v, "dao.name()"))).containsExactly("Dao", "Base", "java.lang.Object", "Named");
        assertThat(v.callOwners(node(v, "named.name()"))).containsExactly("Named"); // JDT gives an interface no superclass
        assertThat(v.callOwners(node(v, "super.base()"))).containsExactly("Base", "java.lang.Object", "Named");
        assertThat(v.callOwners(node(v, "helper()"))).containsExactly("Dao", "Base", "java.lang.Object", "Named");
        // a JDK receiver resolves even when its method does not
        assertThat(v.callOwners(node(v, "s.noSuch()"))).containsExactly("java.lang.String");
        assertThat(v.callOwners(node(v, "u.a()"))).containsExactly("foo.Unknown");
        assertThat(v.callOwners(node(v, "Unknown.make()"))).containsExactly("foo.Unknown");
        assertThat(v.callOwners(node(v, "foo.bar.Thing.make()"))).containsExactly("foo.bar.Thing");
        assertThat(v.callOwners(node(v, "u.b().c()"))).isEmpty();
        // in a lambda on an unresolved type nothing resolves: a receiver named like a type is taken for one
        assertThat(v.callOwners(node(v, "Unknown.make(x.q().r())"))).containsExactly("foo.Unknown");
        assertThat(v.callOwners(node(v, "x.q()"))).containsExactly("x");
        assertThat(v.callOwners(node(v, "x.q().r()"))).isEmpty();
    }

    @Test
    void callOwnersStopAfterSixtyFourTypes() {
        StringBuilder src = new StringBuilder("class Use { void f(C0 c) { c.m(); } }\nclass C0 extends C1 { void m() { } }\n");
        for (int i = 1; i < 70; i++) src.append("class C").append(i).append(i < 69 ? " extends C" + (i + 1) : "").append(" { }\n");
        JdtCodeView v = JavaSnippets.view(src.toString());
        List<String> owners = v.callOwners(node(v, "c.m()"));
        assertThat(owners).hasSize(64);
        assertThat(owners.get(0)).isEqualTo("C0");
        assertThat(owners.get(63)).isEqualTo("C63");
    }

    @Test
    void annotationTypesResolvedOrNamedThroughTheImports() {
        String src = """
            import org.apache.ibatis.annotations.Select;

            class A {
                @interface Lim { int value(); }
                @Lim(1) @Deprecated @Select("SELECT 1") @Nope("x") @foo.Full("y") void f() {}
            }
            """;
        JdtCodeView v = JavaSnippets.view(src);
        assertThat(v.annotationType(node(v, "@Lim(1)"))).isEqualTo("A.Lim");
        assertThat(v.annotationType(node(v, "@Deprecated"))).isEqualTo("java.lang.Deprecated");
        assertThat(v.annotationType(node(v, "@Select(\"SELECT 1\")"))).isEqualTo("org.apache.ibatis.annotations.Select");
        assertThat(v.annotationType(node(v, "@Nope(\"x\")"))).isEqualTo("Nope");
        assertThat(v.annotationType(node(v, "@foo.Full(\"y\")"))).isEqualTo("foo.Full");
        assertThat(v.annotations()).extracting(a -> text(v, a)).containsExactly("@Select(\"SELECT 1\")");
    }

    @Test
    void annotatedMethodParametersWithTheirParamNamesAndTypesAsTheIntellijViewReadsThem() {
        String src = """
            import java.util.List;
            import foo.Unknown;
            import org.apache.ibatis.annotations.Select;
            import org.apache.ibatis.annotations.Param;

            @Select("SELECT 1")
            interface Mapper {
                String NAME = "named";

                @Select("SELECT * FROM t WHERE id = ${id}")
                List<String> find(@Param("id") int id, @org.apache.ibatis.annotations.Param("n") String name,
                    final @Other("o") Unknown o, int plain, @Param(NAME) String constant, @Param(value = "v") long v,
                    @org.springframework.data.repository.query.Param("sp") String sp, @Param String marker);
            }
            """;
        JdtCodeView v = JavaSnippets.view(src);
        List<ASTNode> annotations = v.annotations();
        assertThat(annotations).hasSize(2);
        assertThat(v.annotatedMethodParameters(annotations.get(0))).isEmpty(); // on a type
        assertThat(v.annotatedMethodParameters(annotations.get(1))).containsExactly(
            new JavaParameter("id", "id", JavaType.primitive("int")),
            new JavaParameter("name", "n", JavaType.STRING),
            new JavaParameter("o", null, null),
            new JavaParameter("plain", null, JavaType.primitive("int")),
            new JavaParameter("constant", null, JavaType.STRING),
            new JavaParameter("v", "v", JavaType.primitive("long")),
            new JavaParameter("sp", "sp", JavaType.STRING),
            new JavaParameter("marker", null, JavaType.STRING));
        assertThat(annotations.get(0).getParent()).isInstanceOf(TypeDeclaration.class);
        assertThat(annotations.get(1)).isInstanceOf(Annotation.class);
    }

    /** Without bindings (a method of an anonymous class in a lambda on an unresolved type) a primitive type is read from the source. */
    @Test
    void parametersWithoutBindingsKeepTheirPrimitiveTypes() {
        String src = """
            import foo.Unknown;
            import org.apache.ibatis.annotations.Select;

            class A {
                void f(Unknown u) {
                    u.run(x -> new Object() { @Select("SELECT ${n}") void q(int n, String s) {} });
                }
            }
            """;
        JdtCodeView v = JavaSnippets.view(src);
        assertThat(v.annotatedMethodParameters(v.annotations().get(0))).containsExactly(
            new JavaParameter("n", null, JavaType.primitive("int")), new JavaParameter("s", null, null));
    }

    /** The int bound by {@code @Param(value = "n")} is safe to paste; the String bound the same way is not. */
    @Test
    void aParamWrittenWithValueEqualsTellsTheEngineWhichParameterAPlaceholderMeans() {
        String src = """
            import java.util.List;
            import org.apache.ibatis.annotations.Param;
            import org.apache.ibatis.annotations.Select;

            interface OrderMapper {
                @Select("SELECT id FROM orders WHERE status = '${s}' ORDER BY id LIMIT ${n}")
                List<Long> find(@Param(value = "s") String status, @Param(value = "n") int limit);
            }
            """;
        assertThat(JavaSnippets.describe(JavaSnippets.analyze(src), src)).containsExactly(
            "sql-injection 6:52-56 '${s}' SQL injection risk: ${s} pastes the value into the SQL text; bind it with #{s}");
    }

    @Test
    void theViewKeepsTheCompilationUnitItWasGiven() {
        var cu = new StandaloneJavaParser(List.of()).parse("A.java", "class A { }");
        assertThat(new JdtCodeView(cu, "class A { }").compilationUnit()).isSameAs(cu);
    }
}
