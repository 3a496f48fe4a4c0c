package cellengine.fakeserver.internal.query;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** A parsed {@code query} expression (docs/wire.md#list-queries), tested against one stored document. */
sealed interface Filter {

    /** Matches every document: the filter of a request without {@code query}. */
    Filter ALL = new And(List.of());

    boolean test(JsonObject document);

    /** {@code eq(field,value)}: some value at the path matches; a missing field equals {@code null}. */
    record Eq(FieldPath path, JsonValue value) implements Filter {
        @Override
        public boolean test(JsonObject document) {
            for (JsonValue stored : path.resolve(document)) {
                if (JsonOrder.matches(stored, value)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code ne(field,value)}: the negation of {@code eq}, so it also matches documents lacking the field. */
    record Ne(FieldPath path, JsonValue value) implements Filter {
        @Override
        public boolean test(JsonObject document) {
            return !new Eq(path, value).test(document);
        }
    }

    /** {@code in(field,[v1,v2,...])}: {@code eq} with any of the values. */
    record In(FieldPath path, List<JsonValue> values) implements Filter {
        public In {
            values = List.copyOf(values);
        }

        @Override
        public boolean test(JsonObject document) {
            for (JsonValue value : values) {
                if (new Eq(path, value).test(document)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code and(e1,e2,...)}: every operand matches; no operands match everything. */
    record And(List<Filter> operands) implements Filter {
        public And {
            operands = List.copyOf(operands);
        }

        @Override
        public boolean test(JsonObject document) {
            return operands.stream().allMatch(f -> f.test(document));
        }
    }

    /** {@code or(e1,e2,...)}: some operand matches. */
    record Or(List<Filter> operands) implements Filter {
        public Or {
            operands = List.copyOf(operands);
        }

        @Override
        public boolean test(JsonObject document) {
            return operands.stream().anyMatch(f -> f.test(document));
        }
    }
}
