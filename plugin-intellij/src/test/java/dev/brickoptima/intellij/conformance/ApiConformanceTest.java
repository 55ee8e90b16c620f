package dev.brickoptima.intellij.conformance;

import dev.brickoptima.intellij.conformance.PlatformSignatures.Member;
import dev.brickoptima.intellij.conformance.PlatformSignatures.PlatformClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin verifier of our own: the shipped plugin jar and the compile stubs against the signature lists of build 223
 * and of the newest release line (src/test/resources/conformance).
 */
class ApiConformanceTest {
    static List<PlatformSignatures> lines = new ArrayList<>();

    @BeforeAll
    static void readLists() throws Exception {
        lines.add(PlatformSignatures.read(resource("/conformance/intellij-223.sigs")));
        lines.add(PlatformSignatures.read(resource("/conformance/intellij-newest.sigs")));
    }

    @Test
    void everyPlatformReferenceOfThePluginJarLinksInBothReleaseLines() throws Exception {
        BytecodeReferences refs = BytecodeReferences.ofJar(Path.of(System.getProperty("brickoptima.pluginJar")));
        long platformRefs = refs.memberRefs.stream().filter(r -> ConformanceCheck.isPlatform(r.owner())).count();
        assertThat(platformRefs).as("the jar's platform method and field references").isGreaterThan(100);
        for (PlatformSignatures sigs : lines) {
            ConformanceCheck.Result r = ConformanceCheck.check(refs, sigs);
            assertThat(r.missing()).as("references that would not link on " + sigs.release()).isEmpty();
            assertThat(r.flagged()).as("deprecated, scheduled-for-removal or internal API used on " + sigs.release()).isEmpty();
        }
    }

    @Test
    void theShippedJarHoldsNoPlatformOrBuildOnlyClasses() throws Exception {
        BytecodeReferences refs = BytecodeReferences.ofJar(Path.of(System.getProperty("brickoptima.pluginJar")));
        assertThat(refs.own.keySet()).allMatch(c -> c.startsWith("dev/brickoptima/intellij/"))
            .noneMatch(c -> c.startsWith("dev/brickoptima/intellij/build/"));
    }

    /** Each stand-in class compiled alone; each of its members must exist, same kind, same descriptor, in both lines. */
    @Test
    void stubsDeclareOnlyWhatBothReleaseLinesHave() throws Exception {
        Path out = Files.createTempDirectory("stubs");
        Path stubs = Path.of(System.getProperty("brickoptima.stubs"));
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-Xprefer:source",
            "-cp", System.getProperty("java.class.path"), "-sourcepath", stubs.toString()));
        try (Stream<Path> files = Files.walk(stubs)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(javac.run(null, null, err, args.toArray(new String[0]))).as(err.toString()).isZero();
        List<String[]> declared = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) declared.addAll(members(Files.readAllBytes(p)));
        }
        assertThat(declared).hasSizeGreaterThan(10);
        for (PlatformSignatures sigs : lines) {
            List<String> wrong = new ArrayList<>();
            for (String[] d : declared) {
                PlatformClass pc = sigs.get(d[0]);
                if (pc == null) {
                    wrong.add("class " + d[0]);
                } else if (d[1].equals("kind")) {
                    if (!pc.kind().name().equals(d[2])) wrong.add(d[0] + " is a " + pc.kind() + ", the stub a " + d[2]);
                } else {
                    Member m = find(sigs, d[0], d[1], d[2], d[3].equals("field"));
                    if (m == null || m.isStatic() != d[4].equals("static")) wrong.add(d[0] + "#" + d[1] + d[2] + " " + d[4]);
                }
            }
            assertThat(wrong).as("stub members not in " + sigs.release()).isEmpty();
        }
    }

    /** The bug this check exists for: the old stub compiled {@code removeAllContents:(Z)Z}; the platform has {@code (Z)V}. */
    @Test
    void aWrongReturnTypeAStaticMismatchAMissingClassAndALostOverrideAreCaught() {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "dev/brickoptima/intellij/Broken", null, "com/intellij/openapi/actionSystem/AnAction", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "show", "(Lcom/intellij/ui/content/ContentManager;)V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, "com/intellij/ui/content/ContentManager", "removeAllContents", "(Z)Z", true);
        mv.visitInsn(Opcodes.POP);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "com/intellij/openapi/components/ServiceManager", "getService",
            "(Lcom/intellij/openapi/project/Project;Ljava/lang/Class;)Ljava/lang/Object;", false);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(2, 2);
        mv.visitEnd();
        // an update thread method whose return type drifted: it no longer overrides AnAction's
        cw.visitMethod(Opcodes.ACC_PUBLIC, "getActionUpdateThread", "()Ljava/lang/Object;", null, null).visitEnd();
        cw.visitEnd();
        BytecodeReferences refs = new BytecodeReferences();
        refs.read(cw.toByteArray());
        for (PlatformSignatures sigs : lines) {
            ConformanceCheck.Result r = ConformanceCheck.check(refs, sigs);
            assertThat(r.missing()).anyMatch(m -> m.startsWith("method com.intellij.ui.content.ContentManager#removeAllContents(Z)Z"))
                .anyMatch(m -> m.equals("class com.intellij.openapi.components.ServiceManager (" + sigs.release() + ")"))
                .anyMatch(m -> m.contains("#getActionUpdateThread()Ljava/lang/Object; overrides none of the platform's"));
        }
        // the correct call links
        ClassWriter ok = new ClassWriter(0);
        ok.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "dev/brickoptima/intellij/Fine", null, "java/lang/Object", null);
        MethodVisitor m2 = ok.visitMethod(Opcodes.ACC_PUBLIC, "show", "(Lcom/intellij/ui/content/ContentManager;)V", null, null);
        m2.visitCode();
        m2.visitVarInsn(Opcodes.ALOAD, 1);
        m2.visitInsn(Opcodes.ICONST_1);
        m2.visitMethodInsn(Opcodes.INVOKEINTERFACE, "com/intellij/ui/content/ContentManager", "removeAllContents", "(Z)V", true);
        m2.visitMethodInsn(Opcodes.INVOKESTATIC, "com/intellij/openapi/progress/ProgressManager", "checkCanceled", "()V", false);
        m2.visitInsn(Opcodes.RETURN);
        m2.visitMaxs(2, 2);
        m2.visitEnd();
        // called as an instance method, the static checkCanceled would not link
        MethodVisitor m3 = ok.visitMethod(Opcodes.ACC_PUBLIC, "check", "(Lcom/intellij/openapi/progress/ProgressManager;)V", null, null);
        m3.visitCode();
        m3.visitVarInsn(Opcodes.ALOAD, 1);
        m3.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "com/intellij/openapi/progress/ProgressManager", "checkCanceled", "()V", false);
        m3.visitInsn(Opcodes.RETURN);
        m3.visitMaxs(1, 2);
        m3.visitEnd();
        ok.visitEnd();
        BytecodeReferences fine = new BytecodeReferences();
        fine.read(ok.toByteArray());
        assertThat(ConformanceCheck.check(fine, lines.get(0)).missing()).containsExactly(
            "com.intellij.openapi.progress.ProgressManager#checkCanceled()V in dev.brickoptima.intellij.Fine: the platform member is static (223)");
    }

    /**
     * The intention preview runs a quick fix on a copy of the file only if every field passes the platform's safe-field
     * check (FileModifier.getFileModifierForPreview: primitives, enums, String, Class, boxed primitives, arrays of them).
     */
    @Test
    void fileEditingQuickFixesPassThePreviewSafeFieldCheck() throws Exception {
        Class<?> fix = Class.forName("dev.brickoptima.intellij.ApplyEditsFix");
        List<String> unsafe = new ArrayList<>();
        for (Class<?> c = fix; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) continue;
                Class<?> t = f.getType();
                while (t.isArray()) t = t.getComponentType();
                boolean safe = t.isPrimitive() || t.isEnum() || t == String.class || t == Class.class || t == Integer.class
                    || t == Boolean.class || t == Long.class || t == Double.class || t == Float.class || t == Short.class
                    || t == Byte.class || t == Character.class;
                if (!safe) unsafe.add(f.getName() + ": " + f.getType().getName());
            }
        }
        assertThat(unsafe).isEmpty();
    }

    private static Member find(PlatformSignatures sigs, String owner, String name, String desc, boolean field) {
        List<String> todo = new ArrayList<>(List.of(owner));
        for (int i = 0; i < todo.size(); i++) {
            PlatformClass pc = sigs.get(todo.get(i));
            if (pc == null) continue;
            Member m = pc.find(name, desc, field);
            if (m != null) return m;
            todo.addAll(pc.supertypes());
        }
        return null;
    }

    /** {class, "kind", CLASS|INTERFACE|ENUM} and {class, name, descriptor, field|method, static|instance} per declared member. */
    private static List<String[]> members(byte[] classFile) {
        List<String[]> out = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            String name;
            boolean isEnum;
            boolean isAbstract;

            @Override
            public void visit(int version, int access, String n, String signature, String superName, String[] interfaces) {
                name = n;
                isEnum = (access & Opcodes.ACC_ENUM) != 0;
                isAbstract = (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) != 0;
                String kind = (access & Opcodes.ACC_INTERFACE) != 0 ? "INTERFACE" : isEnum ? "ENUM" : "CLASS";
                out.add(new String[] {n, "kind", kind});
            }

            @Override
            public FieldVisitor visitField(int access, String n, String descriptor, String signature, Object value) {
                if ((access & Opcodes.ACC_SYNTHETIC) == 0) out.add(new String[] {name, n, descriptor, "field", (access & Opcodes.ACC_STATIC) != 0 ? "static" : "instance"});
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String n, String descriptor, String signature, String[] exceptions) {
                boolean implicit = (access & Opcodes.ACC_SYNTHETIC) != 0 || n.equals("<clinit>")
                    || (n.equals("<init>") && (isAbstract || isEnum))
                    || (isEnum && (n.equals("values") || n.equals("valueOf")));
                if (!implicit) out.add(new String[] {name, n, descriptor, "method", (access & Opcodes.ACC_STATIC) != 0 ? "static" : "instance"});
                return null;
            }
        }, ClassReader.SKIP_CODE);
        return out;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ApiConformanceTest.class.getResource(name).toURI());
    }
}
