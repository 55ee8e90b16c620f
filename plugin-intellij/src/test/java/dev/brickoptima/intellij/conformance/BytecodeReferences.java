package dev.brickoptima.intellij.conformance;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What compiled classes (a jar or a class folder) need from the platform, read with ASM: every class they name, every
 * field and method they use (owner, name, descriptor, static or not, interface or not), and their own classes' supertypes
 * and methods (to resolve inherited members and to check overrides).
 */
final class BytecodeReferences {
    /** A use of a field or method, as the JVM resolves it. */
    record MemberRef(String from, String owner, String name, String descriptor, boolean field, boolean isStatic, boolean onInterface) {
        @Override
        public String toString() {
            return owner.replace('/', '.') + (field ? "." : "#") + name + (field ? ":" : "") + descriptor + (isStatic ? " (static)" : "")
                + " in " + from.replace('/', '.');
        }
    }

    /** One of the scanned classes: its supertypes, whether it is an interface, and its own methods (name + descriptor). */
    record OwnClass(String name, String superName, List<String> interfaces, boolean isInterface, List<String[]> methods,
                    Set<String> declared) {
    }

    final Map<String, OwnClass> own = new LinkedHashMap<>();
    final Set<String> classRefs = new LinkedHashSet<>();
    final List<MemberRef> memberRefs = new ArrayList<>();

    static BytecodeReferences ofJar(Path jar) throws IOException {
        BytecodeReferences refs = new BytecodeReferences();
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (ZipEntry e : z.stream().toList()) {
                if (!e.getName().endsWith(".class")) continue;
                try (InputStream in = z.getInputStream(e)) {
                    refs.read(in.readAllBytes());
                }
            }
        }
        return refs;
    }

    static BytecodeReferences ofFolder(Path dir) throws IOException {
        BytecodeReferences refs = new BytecodeReferences();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".class")).toList()) refs.read(Files.readAllBytes(p));
        }
        return refs;
    }

    void read(byte[] classFile) {
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            String name;
            OwnClass self;

            @Override
            public void visit(int version, int access, String className, String signature, String superName, String[] interfaces) {
                name = className;
                self = new OwnClass(className, superName, interfaces == null ? List.of() : List.of(interfaces),
                    (access & Opcodes.ACC_INTERFACE) != 0, new ArrayList<>(), new java.util.HashSet<>());
                own.put(className, self);
                if (superName != null) classRefs.add(superName);
                if (interfaces != null) classRefs.addAll(List.of(interfaces));
            }

            @Override
            public org.objectweb.asm.AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                if (visible) type(Type.getType(descriptor)); // read by the platform at run time (@State, @Storage)
                return null;
            }

            @Override
            public FieldVisitor visitField(int access, String fieldName, String descriptor, String signature, Object value) {
                self.declared().add(fieldName + ":" + descriptor);
                type(Type.getType(descriptor));
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String methodName, String descriptor, String signature, String[] exceptions) {
                self.declared().add(methodName + descriptor);
                // what can override: instance methods that are not private (bridges included: they carry the erased signature)
                if ((access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0 && !methodName.startsWith("<")) {
                    self.methods().add(new String[] {methodName, descriptor});
                }
                type(Type.getMethodType(descriptor));
                if (exceptions != null) classRefs.addAll(List.of(exceptions));
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitFieldInsn(int opcode, String owner, String fieldName, String fieldDescriptor) {
                        boolean isStatic = opcode == Opcodes.GETSTATIC || opcode == Opcodes.PUTSTATIC;
                        memberRefs.add(new MemberRef(name, owner, fieldName, fieldDescriptor, true, isStatic, false));
                        classRefs.add(owner);
                        type(Type.getType(fieldDescriptor));
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String methodName, String methodDescriptor, boolean isInterface) {
                        if (owner.startsWith("[")) return; // array clone()
                        memberRefs.add(new MemberRef(name, owner, methodName, methodDescriptor, false, opcode == Opcodes.INVOKESTATIC, isInterface));
                        classRefs.add(owner);
                        type(Type.getMethodType(methodDescriptor));
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bsm, Object... args) {
                        type(Type.getMethodType(indyDescriptor));
                        for (Object a : args) {
                            if (a instanceof Handle h) {
                                boolean isStatic = h.getTag() == Opcodes.H_INVOKESTATIC;
                                boolean isField = h.getTag() <= Opcodes.H_PUTSTATIC;
                                memberRefs.add(new MemberRef(name, h.getOwner(), h.getName(), h.getDesc(), isField, isStatic, h.isInterface()));
                                classRefs.add(h.getOwner());
                            } else if (a instanceof Type t) {
                                type(t);
                            }
                        }
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        classRefs.add(Type.getObjectType(type).getSort() == Type.ARRAY ? Type.getObjectType(type).getElementType().getInternalName() : type);
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        if (value instanceof Type t && t.getSort() != Type.METHOD) type(t);
                    }

                    @Override
                    public void visitTryCatchBlock(org.objectweb.asm.Label start, org.objectweb.asm.Label end, org.objectweb.asm.Label handler, String type) {
                        if (type != null) classRefs.add(type);
                    }
                };
            }

            private void type(Type t) {
                if (t.getSort() == Type.METHOD) {
                    type(t.getReturnType());
                    for (Type a : t.getArgumentTypes()) type(a);
                } else if (t.getSort() == Type.ARRAY) {
                    type(t.getElementType());
                } else if (t.getSort() == Type.OBJECT) {
                    classRefs.add(t.getInternalName());
                }
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    }
}
