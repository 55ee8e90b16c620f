package java.math;

public class BigDecimal extends Number {
}
