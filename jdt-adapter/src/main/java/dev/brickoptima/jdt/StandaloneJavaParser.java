package dev.brickoptima.jdt;

import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.dom.AST;
import org.eclipse.jdt.core.dom.ASTParser;
import org.eclipse.jdt.core.dom.CompilationUnit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Parses Java source with JDT's {@link ASTParser} outside Eclipse (the CLI), resolving bindings against the running
 * JDK plus an optional classpath. Without a classpath, JDK types (String, JDBC) resolve and library types (Spark,
 * Spring) do not; {@link JdtCodeView} then names calls on them by the receiver's declared type and the imports.
 * One instance per thread (ASTParser is not thread-safe; creating one is cheap).
 */
public final class StandaloneJavaParser {
    private final String[] classpath;

    public StandaloneJavaParser(List<Path> classpath) {
        this.classpath = new String[classpath.size()];
        for (int i = 0; i < classpath.size(); i++) this.classpath[i] = classpath.get(i).toString();
    }

    /** A resolved AST of {@code source}; {@code unitName} is the file name ({@code OrderDao.java}). Never throws on bad code. */
    public CompilationUnit parse(String unitName, String source) {
        ASTParser p = ASTParser.newParser(AST.getJLSLatest());
        p.setKind(ASTParser.K_COMPILATION_UNIT);
        Map<String, String> options = JavaCore.getOptions();
        JavaCore.setComplianceOptions(JavaCore.latestSupportedJavaVersion(), options);
        p.setCompilerOptions(options);
        p.setEnvironment(classpath, new String[0], null, true);
        p.setUnitName(unitName);
        p.setResolveBindings(true);
        p.setBindingsRecovery(true);
        p.setSource(source.toCharArray());
        return (CompilationUnit) p.createAST(null);
    }
}
