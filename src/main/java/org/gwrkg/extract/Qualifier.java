package org.gwrkg.extract;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a figure is hedged: 约, 突破, 以内, 预计, 目标. */
public enum Qualifier {
    APPROX("approx"), OVER("over"), UNDER("under"), ESTIMATE("estimate"), TARGET("target");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    /** The code used in JSON and in gold files. */
    @JsonValue
    public String code() {
        return code;
    }
}
