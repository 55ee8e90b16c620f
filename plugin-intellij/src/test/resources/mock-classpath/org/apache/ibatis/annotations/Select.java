package org.apache.ibatis.annotations;

public @interface Select {
    String[] value();
}
