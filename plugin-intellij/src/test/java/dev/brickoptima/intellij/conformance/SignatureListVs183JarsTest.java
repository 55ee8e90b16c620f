package dev.brickoptima.intellij.conformance;

import dev.brickoptima.intellij.conformance.PlatformSignatures.Member;
import dev.brickoptima.intellij.conformance.PlatformSignatures.PlatformClass;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 223 list against real bytecode: Debian's 183 jars (2018.3) are older than 2022.3, so every listed member of a class
 * they already have must be declared there on the listed type, with the listed descriptor and static-ness, unless it
 * is one of the few members added in between. An entry written from memory on the wrong type or with a wrong return
 * type fails here, not in a user's IDE.
 */
class SignatureListVs183JarsTest {
    /** Added between 2018.3 and 2022.3; the evidence for each is in the conformance README. */
    private static final Set<String> ADDED_AFTER_183 = Set.of(
        "com/intellij/openapi/components/ComponentManager#getService(Ljava/lang/Class;)Ljava/lang/Object;",
        "com/intellij/openapi/actionSystem/AnAction#getActionUpdateThread()Lcom/intellij/openapi/actionSystem/ActionUpdateThread;",
        "com/intellij/codeInsight/intention/FileModifier#getFileModifierForPreview(Lcom/intellij/psi/PsiFile;)Lcom/intellij/codeInsight/intention/FileModifier;");

    /** A class of the 183 jars: interface/enum/class, and its declared members ({@code name+descriptor} -> static). */
    private record JarClass(String kind, Map<String, Boolean> members) {
    }

    @Test
    void every223EntryThe183JarsHaveIsDeclaredThereAsListed() throws Exception {
        PlatformSignatures list = PlatformSignatures.read(resource("/conformance/intellij-223.sigs"));
        Map<String, JarClass> jars = read183Jars();
        List<String> checked = new ArrayList<>();
        assertThat(compare(list, jars, checked)).isEmpty();
        assertThat(checked).as("list members whose class the 183 jars have").hasSizeGreaterThan(100);
    }

    /** The mistake the re-check found: {@code getValue()} is declared on PsiLiteralValue, not on PsiLiteral. */
    @Test
    void aMemberListedOnTheWrongTypeOrWithAWrongReturnTypeIsReported() throws Exception {
        PlatformSignatures wrong = PlatformSignatures.parse(List.of(
            "@release test",
            "interface com.intellij.psi.PsiLiteral",
            "  java.lang.Object getValue()",
            "interface com.intellij.psi.PsiElement",
            "  com.intellij.psi.PsiElement getParent()",
            "  java.lang.Object getText()",
            "class com.intellij.psi.PsiFile"), "wrong.sigs");
        assertThat(compare(wrong, read183Jars(), new ArrayList<>())).containsExactlyInAnyOrder(
            "com/intellij/psi/PsiLiteral#getValue()Ljava/lang/Object; is not declared there in 183",
            "com/intellij/psi/PsiElement#getText()Ljava/lang/Object; is not declared there in 183",
            "com/intellij/psi/PsiFile is a INTERFACE in 183, listed as CLASS");
    }

    private static List<String> compare(PlatformSignatures list, Map<String, JarClass> jars, List<String> checked) {
        List<String> wrong = new ArrayList<>();
        for (PlatformClass pc : list.classes().values()) {
            JarClass jc = jars.get(pc.name());
            if (jc == null) continue; // added after 2018.3, or not in Debian's jars
            if (!jc.kind().equals(pc.kind().name())) wrong.add(pc.name() + " is a " + jc.kind() + " in 183, listed as " + pc.kind());
            for (Member m : pc.members()) {
                String key = m.field() ? m.name() + ":" + m.descriptor() : m.name() + m.descriptor();
                Boolean isStatic = jc.members().get(key);
                String where = pc.name() + (m.field() ? "." : "#") + key;
                if (isStatic == null) {
                    if (!ADDED_AFTER_183.contains(where)) wrong.add(where + " is not declared there in 183");
                } else {
                    checked.add(where);
                    if (isStatic != m.isStatic()) wrong.add(where + " static-ness differs in 183");
                }
            }
        }
        return wrong;
    }

    /** intellij-core.jar and intellij-platform-api.jar, found through a class each one holds. */
    private static Map<String, JarClass> read183Jars() throws IOException, URISyntaxException {
        Map<String, JarClass> classes = new HashMap<>();
        for (Class<?> anchor : List.of(com.intellij.psi.PsiElement.class, com.intellij.openapi.ide.CopyPasteManager.class)) {
            Path jar = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (ZipFile z = new ZipFile(jar.toFile())) {
                for (ZipEntry e : z.stream().toList()) {
                    if (!e.getName().endsWith(".class")) continue;
                    try (InputStream in = z.getInputStream(e)) {
                        read(in.readAllBytes(), classes);
                    }
                }
            }
        }
        return classes;
    }

    private static void read(byte[] classFile, Map<String, JarClass> into) {
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            final Map<String, Boolean> members = new HashMap<>();

            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                String kind = (access & Opcodes.ACC_INTERFACE) != 0 ? "INTERFACE" : (access & Opcodes.ACC_ENUM) != 0 ? "ENUM" : "CLASS";
                into.putIfAbsent(name, new JarClass(kind, members));
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                members.put(name + ":" + descriptor, (access & Opcodes.ACC_STATIC) != 0);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                members.put(name + descriptor, (access & Opcodes.ACC_STATIC) != 0);
                return null;
            }
        }, ClassReader.SKIP_CODE);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SignatureListVs183JarsTest.class.getResource(name).toURI());
    }
}
