package java.lang;

public final class Integer {
}
