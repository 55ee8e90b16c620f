package dev.brickoptima.eclipse.unit;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.eclipse.analysis.JavaSqlProblem;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.dom.AST;
import org.eclipse.jdt.core.dom.ASTParser;
import org.eclipse.jdt.core.dom.CompilationUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Parses Java sources with JDT's ASTParser outside OSGi, resolving bindings against the sample project's stubs and the JDK. */
final class JavaSources {
    static final Path SHOP = Path.of(System.getProperty("shop.project", "../dev.brickoptima.eclipse.tests/projects/shop"));

    private JavaSources() {
    }

    static String read(String relative) {
        try {
            return Files.readString(SHOP.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resolved AST of {@code source} as compilation unit {@code unitName} (e.g. "OrderDao.java"). */
    static CompilationUnit parse(String unitName, String source) {
        return parse(unitName, source, SHOP.resolve("stubs"), SHOP.resolve("src"));
    }

    /** A resolved AST of {@code source} against the given source folders (and the running JDK). */
    static CompilationUnit parse(String unitName, String source, Path... sourceRoots) {
        ASTParser p = parser();
        String[] roots = new String[sourceRoots.length];
        for (int i = 0; i < roots.length; i++) roots[i] = sourceRoots[i].toString();
        p.setEnvironment(new String[0], roots, null, true);
        p.setUnitName(unitName);
        p.setResolveBindings(true);
        p.setBindingsRecovery(true);
        p.setSource(source.toCharArray());
        return (CompilationUnit) p.createAST(null);
    }

    /** An AST without bindings (a file outside any Java project). */
    static CompilationUnit parseWithoutBindings(String source) {
        ASTParser p = parser();
        p.setSource(source.toCharArray());
        return (CompilationUnit) p.createAST(null);
    }

    private static ASTParser parser() {
        ASTParser p = ASTParser.newParser(AST.getJLSLatest());
        p.setKind(ASTParser.K_COMPILATION_UNIT);
        Map<String, String> options = new HashMap<>();
        JavaCore.setComplianceOptions("17", options);
        p.setCompilerOptions(options);
        return p;
    }

    /** A test resource folder (MyBatis stubs and mapper, kept out of the workspace sample project). */
    static Path resource(String name) {
        try {
            return Path.of(JavaSources.class.getResource("/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String source, JavaSqlProblem p) {
        return source.substring(p.start(), p.end());
    }

    static String apply(String source, Fix fix) {
        return fix.applyTo(source);
    }
}
