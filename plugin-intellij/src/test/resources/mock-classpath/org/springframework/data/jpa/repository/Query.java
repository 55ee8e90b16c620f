package org.springframework.data.jpa.repository;

public @interface Query {
    String value() default "";
    boolean nativeQuery() default false;
}
