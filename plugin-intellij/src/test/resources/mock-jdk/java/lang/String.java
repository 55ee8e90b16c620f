package java.lang;

public final class String implements CharSequence {
    public int length() { return 0; }
    public String trim() { return this; }
    public static String valueOf(Object o) { return null; }
}
