package org.gwrkg.extract;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of quantity a figure is, as GUIDELINES.md section 1 defines them. */
public enum Measure {
    /** The amount itself: 达 275 亿元, 新增 13 个. */
    LEVEL("level"),
    /** A relative change in percent: 增长 5.5%, 下降 12.9% (negative). */
    CHANGE_RATE("change_rate"),
    /** An absolute change: 增加 16 天, 提高 2 个百分点. */
    CHANGE_ABS("change_abs");

    private final String code;

    Measure(String code) {
        this.code = code;
    }

    /** The code used in JSON and in gold files. */
    @JsonValue
    public String code() {
        return code;
    }
}
