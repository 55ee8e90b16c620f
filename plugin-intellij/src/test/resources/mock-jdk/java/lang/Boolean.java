package java.lang;

public final class Boolean {
}
