package java.sql;

public class Timestamp {
}
