package dev.brickoptima.browser.build;

import org.teavm.backend.javascript.JSModuleType;
import org.teavm.diagnostics.Problem;
import org.teavm.tooling.ConsoleTeaVMToolLog;
import org.teavm.tooling.TeaVMProblemRenderer;
import org.teavm.tooling.TeaVMSourceFilePolicy;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.builder.BuildException;
import org.teavm.tooling.builder.BuildResult;
import org.teavm.tooling.builder.InProcessBuildStrategy;
import org.teavm.vm.TeaVMOptimizationLevel;

import java.io.File;
import java.util.Arrays;
import java.util.List;

/**
 * Build tool, not part of any script: compiles one entry point to JavaScript with TeaVM, in the JVM the build forks
 * for it (the extension-browser pom's exec executions), so that the output is the same bytes on every build.
 *
 * <p>TeaVM 0.15's dependency analysis keeps the nodes that share a type set in a {@code java.util.HashSet} of objects
 * without their own {@code hashCode} ({@code org.teavm.dependency.TypeSet}), and walks it to propagate types: the
 * order of the identity hash codes decides the order in which methods are reached, and so the order of the
 * functions and of the string pool in the output. Identity hash codes differ from one JVM to the next, so run in the
 * Maven JVM the same sources gave a different {@code engine.js} on every build. The pom starts this class with
 * {@code -XX:hashCode=2} (every identity hash code is 1): such sets then iterate in insertion order, which depends on
 * the program only. Each file gets a fresh JVM, so nothing another compilation left behind changes it.
 *
 * <p>Arguments: target directory, target file name, main class, entry point name, minify (true/false). The class
 * path TeaVM compiles from is this JVM's class path, in its order (the module's classes first, so a class-library
 * stand-in of the project replaces TeaVM's own).
 */
public final class TeaVMBuild {
    private TeaVMBuild() {
    }

    public static void main(String[] args) {
        if (args.length != 5) {
            System.err.println("usage: TeaVMBuild <target directory> <file name> <main class> <entry point name> <minify>");
            System.exit(2);
        }
        InProcessBuildStrategy build = new InProcessBuildStrategy();
        build.init();
        ConsoleTeaVMToolLog log = new ConsoleTeaVMToolLog(false);
        build.setLog(log);
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        build.setClassPathEntries(classPath);
        build.setTargetType(TeaVMTargetType.JAVASCRIPT);
        build.setTargetDirectory(args[0]);
        build.setTargetFileName(args[1]);
        build.setMainClass(args[2]);
        build.setEntryPointName(args[3]);
        build.setObfuscated(Boolean.parseBoolean(args[4]));
        build.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
        build.setFastDependencyAnalysis(false);
        build.setJsModuleType(JSModuleType.UMD);
        build.setMaxTopLevelNames(80_000);
        build.setStrict(false);
        build.setIncremental(false);
        build.setDebugInformationGenerated(false);
        build.setSourceMapsFileGenerated(false);
        build.setSourceFilePolicy(TeaVMSourceFilePolicy.DO_NOTHING);
        build.setTransformers(new String[] {FormatCallTransformer.class.getName(), GrammarLocationTransformer.class.getName()});
        try {
            BuildResult result = build.build();
            List<Problem> severe = result.getProblems().getSevereProblems();
            TeaVMProblemRenderer.describeProblems(result.getCallGraph(), result.getProblems(), log);
            if (!severe.isEmpty()) {
                System.err.println("TeaVM: " + severe.size() + " error(s) compiling " + args[2]);
                System.exit(1);
            }
        } catch (BuildException e) {
            System.err.println("TeaVM failed on " + args[2] + ": " + e.getCause());
            e.printStackTrace();
            System.exit(1);
        }
    }
}
