package java.sql;

public class SQLException extends Exception {
}
