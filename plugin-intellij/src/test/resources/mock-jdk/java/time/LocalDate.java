package java.time;

public final class LocalDate {
}
