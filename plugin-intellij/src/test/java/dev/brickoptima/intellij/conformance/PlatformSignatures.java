package dev.brickoptima.intellij.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A signature list of one IntelliJ Platform release line, transcribed from the platform's public sources
 * (format: {@code src/test/resources/conformance/README.md}). Types are written as in Java source, erased and fully
 * qualified ({@code Outer$Inner} for nested types); this class turns them into JVM descriptors.
 */
final class PlatformSignatures {
    enum Kind { CLASS, INTERFACE, ENUM }

    /** A member: its name, JVM descriptor (for a field, its type), whether static, and flags (deprecated, removal...). */
    record Member(String name, String descriptor, boolean field, boolean isStatic, List<String> flags, String source) {
    }

    /** A class: kind, whether final, supertypes that resolution may walk (direct or transitive), members, source file. */
    record PlatformClass(String name, Kind kind, boolean isFinal, List<String> supertypes, List<Member> members,
                         List<String> flags, String source) {
        Member find(String memberName, String descriptor, boolean field) {
            for (Member m : members) if (m.field() == field && m.name().equals(memberName) && m.descriptor().equals(descriptor)) return m;
            return null;
        }
    }

    private final String release;
    private final Map<String, PlatformClass> classes;

    private PlatformSignatures(String release, Map<String, PlatformClass> classes) {
        this.release = release;
        this.classes = classes;
    }

    /** The release line named by the list's {@code @release} header. */
    String release() {
        return release;
    }

    /** The class with this internal name ({@code com/intellij/...}), or null. */
    PlatformClass get(String internalName) {
        return classes.get(internalName);
    }

    Map<String, PlatformClass> classes() {
        return classes;
    }

    static PlatformSignatures read(Path file) throws IOException {
        return parse(Files.readAllLines(file), file.getFileName().toString());
    }

    static PlatformSignatures parse(List<String> lines, String name) {
        String release = null;
        String source = null;
        Map<String, PlatformClass> classes = new LinkedHashMap<>();
        PlatformClass current = null;
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            try {
                if (line.startsWith("@release ")) {
                    release = line.substring(9).strip();
                } else if (line.startsWith("@source ")) {
                    source = line.substring(8).strip();
                } else if (!raw.startsWith(" ")) {
                    current = parseClass(line, source);
                    if (classes.put(current.name(), current) != null) throw new IllegalArgumentException("listed twice");
                } else {
                    if (current == null) throw new IllegalArgumentException("member before any class");
                    current.members().add(parseMember(line, current, source));
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + ":" + n + ": " + e.getMessage() + ": " + line, e);
            }
        }
        if (release == null) throw new IllegalArgumentException(name + ": no @release line");
        return new PlatformSignatures(release, classes);
    }

    /** {@code [@flag ...] [final] class|abstract class|interface|enum a.b.C [: a.b.S, a.b.I]}. */
    private static PlatformClass parseClass(String line, String source) {
        List<String> flags = new ArrayList<>();
        String rest = takeFlags(line, flags);
        List<String> supers = new ArrayList<>();
        int colon = rest.indexOf(" : ");
        if (colon >= 0) {
            for (String s : rest.substring(colon + 3).split(",")) supers.add(internal(s.strip()));
            rest = rest.substring(0, colon).strip();
        }
        String[] words = rest.split("\\s+");
        String className = words[words.length - 1];
        boolean isFinal = false;
        Kind kind = null;
        for (int i = 0; i < words.length - 1; i++) {
            switch (words[i]) {
                case "final" -> isFinal = true;
                case "abstract" -> { }
                case "class" -> kind = Kind.CLASS;
                case "interface" -> kind = Kind.INTERFACE;
                case "enum" -> { kind = Kind.ENUM; isFinal = true; }
                default -> throw new IllegalArgumentException("unknown word '" + words[i] + "'");
            }
        }
        if (kind == null) throw new IllegalArgumentException("no class, interface or enum");
        return new PlatformClass(internal(className), kind, isFinal, supers, new ArrayList<>(), flags, source);
    }

    /**
     * {@code [@flag ...] [static] Type name(Type, ...)}, {@code <init>(Type, ...)}, or {@code [@flag ...] field [static] Type name};
     * an enum constant is written {@code field static Enum NAME}.
     */
    private static Member parseMember(String line, PlatformClass owner, String source) {
        List<String> flags = new ArrayList<>();
        String rest = takeFlags(line, flags);
        boolean field = rest.startsWith("field ");
        if (field) rest = rest.substring(6).strip();
        boolean isStatic = rest.startsWith("static ");
        if (isStatic) rest = rest.substring(7).strip();
        if (field) {
            String[] words = rest.split("\\s+");
            if (words.length != 2) throw new IllegalArgumentException("field needs 'Type name'");
            return new Member(words[1], descriptor(words[0]), true, isStatic, flags, source);
        }
        int open = rest.indexOf('(');
        int close = rest.lastIndexOf(')');
        if (open < 0 || close < open || close != rest.length() - 1) throw new IllegalArgumentException("method needs '(...)'");
        StringBuilder desc = new StringBuilder("(");
        String params = rest.substring(open + 1, close).strip();
        if (!params.isEmpty()) for (String p : params.split(",")) desc.append(descriptor(p.strip()));
        desc.append(')');
        String head = rest.substring(0, open).strip();
        if (head.equals("<init>")) return new Member("<init>", desc.append('V').toString(), false, false, flags, source);
        String[] words = head.split("\\s+");
        if (words.length != 2) throw new IllegalArgumentException("method needs 'ReturnType name(...)'");
        return new Member(words[1], desc.append(descriptor(words[0])).toString(), false, isStatic, flags, source);
    }

    private static String takeFlags(String line, List<String> flags) {
        String rest = line;
        while (rest.startsWith("@")) {
            int space = rest.indexOf(' ');
            flags.add(rest.substring(1, space));
            rest = rest.substring(space + 1).strip();
        }
        return rest;
    }

    static String internal(String javaName) {
        return javaName.replace('.', '/');
    }

    /** The JVM descriptor of a Java type written erased and fully qualified: {@code int}, {@code a.b.C[]}, {@code a.b.C$D}. */
    static String descriptor(String type) {
        if (type.endsWith("[]")) return "[" + descriptor(type.substring(0, type.length() - 2));
        return switch (type) {
            case "void" -> "V";
            case "boolean" -> "Z";
            case "byte" -> "B";
            case "char" -> "C";
            case "short" -> "S";
            case "int" -> "I";
            case "long" -> "J";
            case "float" -> "F";
            case "double" -> "D";
            default -> {
                if (!type.contains(".") || type.contains("<") || type.contains(" ")) throw new IllegalArgumentException("type '" + type + "' is not an erased, qualified name");
                yield "L" + internal(type) + ";";
            }
        };
    }
}
