package com.acme.shop;

import java.util.List;

import org.apache.ibatis.annotations.Select;

/** MyBatis mapper for orders. */
public interface OrderMapper {
    @Select("SELECT * FROM orders WHERE customer = #{customer} AND cancelled_at = NULL")
    List<Long> openOrdersOf(String customer);
}
