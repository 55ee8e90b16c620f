package java.lang;

public final class String implements CharSequence {
    public int length() { return 0; }
    public String trim() { return this; }
    public String toLowerCase() { return this; }
    public String toUpperCase() { return this; }
    public String replace(CharSequence target, CharSequence replacement) { return this; }
    public String replaceAll(String regex, String replacement) { return this; }
    public static String valueOf(Object o) { return null; }
    public static String valueOf(int i) { return null; }
    public static String valueOf(long l) { return null; }
}
