package dev.brickoptima.intellij.conformance;

import dev.brickoptima.intellij.conformance.BytecodeReferences.MemberRef;
import dev.brickoptima.intellij.conformance.BytecodeReferences.OwnClass;
import dev.brickoptima.intellij.conformance.PlatformSignatures.Kind;
import dev.brickoptima.intellij.conformance.PlatformSignatures.Member;
import dev.brickoptima.intellij.conformance.PlatformSignatures.PlatformClass;
import org.objectweb.asm.Type;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Our own plugin verifier: resolves what compiled classes use from the IntelliJ Platform ({@code com.intellij.*},
 * {@code org.jetbrains.*}) against one release line's signature list, the way the JVM links it: the class must exist
 * with the kind the bytecode expects (class or interface, not final when extended), a field or method must be found on
 * the class or a supertype with the exact descriptor and the same static-ness, and a method of ours that has the name
 * and arity of a platform method it inherits must match one exactly (or it silently stops overriding).
 */
final class ConformanceCheck {
    /** What failed to link, and platform API used that is deprecated, scheduled for removal or internal. */
    record Result(List<String> missing, List<String> flagged) {
    }

    static boolean isPlatform(String internalName) {
        return internalName.startsWith("com/intellij/") || internalName.startsWith("org/jetbrains/");
    }

    static Result check(BytecodeReferences refs, PlatformSignatures sigs) {
        Set<String> missing = new LinkedHashSet<>();
        Set<String> flagged = new LinkedHashSet<>();
        String in = " (" + sigs.release() + ")";
        for (String c : refs.classRefs) {
            if (!isPlatform(c) || refs.own.containsKey(c)) continue;
            PlatformClass pc = sigs.get(c);
            if (pc == null) missing.add("class " + c.replace('/', '.') + in);
            else if (!pc.flags().isEmpty()) flagged.add("class " + c.replace('/', '.') + " " + pc.flags() + in);
        }
        for (OwnClass own : refs.own.values()) {
            if (own.superName() != null && isPlatform(own.superName())) {
                PlatformClass s = sigs.get(own.superName());
                if (s != null && (s.kind() == Kind.INTERFACE || s.isFinal())) {
                    missing.add(own.name().replace('/', '.') + " extends " + s.name().replace('/', '.') + ", which is " + (s.isFinal() ? "final" : "an interface") + in);
                }
            }
            for (String i : own.interfaces()) {
                PlatformClass s = sigs.get(i);
                if (s != null && s.kind() != Kind.INTERFACE) missing.add(own.name().replace('/', '.') + " implements " + i.replace('/', '.') + ", which is a class" + in);
            }
            checkOverrides(own, refs, sigs, missing, in);
        }
        for (MemberRef ref : refs.memberRefs) {
            if (!isPlatform(ref.owner()) && !inheritsFromPlatform(ref.owner(), refs)) continue;
            PlatformClass owner = sigs.get(ref.owner());
            if (owner != null && !ref.field() && owner.kind() == Kind.INTERFACE != ref.onInterface()) {
                missing.add(ref + ": called as " + (ref.onInterface() ? "an interface" : "a class") + " method" + in);
                continue;
            }
            if (declaredByUs(ref, refs)) continue;
            Member m = resolve(ref.owner(), ref.name(), ref.descriptor(), ref.field(), refs, sigs);
            if (m == null) {
                if (!resolvesInJdk(ref, refs, sigs)) missing.add((ref.field() ? "field " : "method ") + ref + in);
            } else if (m.isStatic() != ref.isStatic()) {
                missing.add(ref + ": the platform member is " + (m.isStatic() ? "static" : "not static") + in);
            } else if (!m.flags().isEmpty()) {
                flagged.add(ref + " " + m.flags() + in);
            }
        }
        return new Result(new ArrayList<>(missing), new ArrayList<>(flagged));
    }

    /** Declared by one of our classes on the way up from the owner: javac compiled it against our own code. */
    private static boolean declaredByUs(MemberRef ref, BytecodeReferences refs) {
        String key = ref.field() ? ref.name() + ":" + ref.descriptor() : ref.name() + ref.descriptor();
        for (String c = ref.owner(); c != null && refs.own.containsKey(c); c = refs.own.get(c).superName()) {
            if (refs.own.get(c).declared().contains(key)) return true;
        }
        return false;
    }

    private static boolean inheritsFromPlatform(String owner, BytecodeReferences refs) {
        for (String s : supertypes(owner, refs, null)) if (isPlatform(s)) return true;
        return false;
    }

    /** The member as the JVM would find it: on the class, then up its superclasses and superinterfaces. */
    private static Member resolve(String owner, String name, String desc, boolean field, BytecodeReferences refs, PlatformSignatures sigs) {
        Deque<String> todo = new ArrayDeque<>(List.of(owner));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String c = todo.removeFirst();
            if (!seen.add(c)) continue;
            OwnClass own = refs.own.get(c);
            if (own != null) {
                // our own class: javac checked its own members; only what it inherits from the platform matters here
                if (own.declared().contains(field ? name + ":" + desc : name + desc)) return null;
                if (own.superName() != null) todo.add(own.superName());
                todo.addAll(own.interfaces());
                continue;
            }
            PlatformClass pc = sigs.get(c);
            if (pc == null) continue;
            Member m = pc.find(name, desc, field);
            if (m != null) return m;
            todo.addAll(pc.supertypes());
        }
        return null;
    }

    /** A member that the platform type inherits from a JDK type (Object, JComponent...): checked by reflection on this JDK. */
    private static boolean resolvesInJdk(MemberRef ref, BytecodeReferences refs, PlatformSignatures sigs) {
        Set<String> types = supertypes(ref.owner(), refs, sigs);
        types.add("java/lang/Object");
        for (String t : types) {
            if (isPlatform(t) || refs.own.containsKey(t)) continue;
            try {
                Class<?> c = Class.forName(t.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
                if (ref.field()) {
                    for (java.lang.reflect.Field f : c.getFields()) if (f.getName().equals(ref.name()) && Type.getDescriptor(f.getType()).equals(ref.descriptor())) return true;
                } else {
                    for (Method m : c.getMethods()) {
                        if (m.getName().equals(ref.name()) && Type.getMethodDescriptor(m).equals(ref.descriptor())
                            && Modifier.isStatic(m.getModifiers()) == ref.isStatic()) return true;
                    }
                }
            } catch (ClassNotFoundException e) {
                // not a JDK type
            }
        }
        return false;
    }

    /** Every supertype of {@code c} known from our classes and the list (not {@code c} itself). */
    private static Set<String> supertypes(String c, BytecodeReferences refs, PlatformSignatures sigs) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(c));
        while (!todo.isEmpty()) {
            String t = todo.removeFirst();
            List<String> next = new ArrayList<>();
            OwnClass own = refs.own.get(t);
            if (own != null) {
                if (own.superName() != null) next.add(own.superName());
                next.addAll(own.interfaces());
            } else if (sigs != null && sigs.get(t) != null) {
                next.addAll(sigs.get(t).supertypes());
            }
            for (String n : next) if (out.add(n)) todo.add(n);
        }
        return out;
    }

    /**
     * A method of ours named like a platform method of the same arity that it inherits must match one of them exactly
     * (a bridge method counts): otherwise it no longer overrides, and the platform calls its own default instead.
     */
    private static void checkOverrides(OwnClass own, BytecodeReferences refs, PlatformSignatures sigs, Set<String> missing, String in) {
        List<Member> inherited = new ArrayList<>();
        for (String s : supertypes(own.name(), refs, sigs)) {
            PlatformClass pc = sigs.get(s);
            if (pc != null) for (Member m : pc.members()) if (!m.field() && !m.isStatic() && !m.name().equals("<init>")) inherited.add(m);
        }
        for (String[] mine : own.methods()) {
            int arity = Type.getArgumentTypes(mine[1]).length;
            List<String> candidates = new ArrayList<>();
            for (Member m : inherited) if (m.name().equals(mine[0]) && Type.getArgumentTypes(m.descriptor()).length == arity) candidates.add(m.descriptor());
            if (candidates.isEmpty()) continue;
            boolean overrides = false;
            for (String[] other : own.methods()) if (other[0].equals(mine[0]) && candidates.contains(other[1])) overrides = true;
            if (!overrides) {
                missing.add(own.name().replace('/', '.') + "#" + mine[0] + mine[1] + " overrides none of the platform's " + candidates + in);
            }
        }
    }
}
