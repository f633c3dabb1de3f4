package dev.ordercore.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.ordercore.domain.customer.BusinessType;
import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.customer.Edit;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The bodies of {@code POST /customers} and {@code PATCH /customers/{customerId}}. Only the shape is
 * checked here (400); the customer model checks the content and lists every violation (422).
 */
final class CustomerBodies {

    /** A new customer; absent fields are {@code null}. */
    record CustomerRequest(String name, BusinessType businessType, ContactBody contact, Integer paymentTermsDays,
                           CreditLimitBody creditLimit, DeliveryBody delivery) {

        Customer.Draft draft() {
            return new Customer.Draft(name, businessType, CustomerBodies.contact(contact), paymentTermsDays,
                    CustomerBodies.creditLimit(creditLimit), CustomerBodies.delivery(delivery));
        }
    }

    /** A credit limit: a decimal string (or number) and an ISO 4217 currency. */
    record CreditLimitBody(BigDecimal amount, String currency) {
    }

    /** Delivery preferences: a default address, a window in the day ({@code "06:00"}), instructions. */
    record DeliveryBody(AddressBody address, LocalTime windowFrom, LocalTime windowTo, String instructions) {
    }

    /**
     * The fields of a PATCH body, documented for OpenAPI: a field left out keeps its value, {@code null}
     * clears it (name and businessType cannot be cleared), a value replaces it (contact, creditLimit and
     * delivery whole).
     */
    record CustomerPatchRequest(String name, BusinessType businessType, ContactBody contact, Integer paymentTermsDays,
                                CreditLimitBody creditLimit, DeliveryBody delivery) {
    }

    private final ObjectMapper mapper;

    CustomerBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Reads a PATCH body: each member present is set, or cleared when {@code null}; every wrong member is reported at once. */
    Customer.Patch patch(JsonNode body) {
        if (!body.isObject()) {
            throw new ProblemException(Problem.of(400, "request.wrong_type", "Wrong type", "the body has the wrong type",
                    List.of(new Problem.FieldError("", "expected an object"))));
        }
        List<Problem.FieldError> unknown = new ArrayList<>();
        List<Problem.FieldError> wrong = new ArrayList<>();
        Customer.Patch patch = Customer.Patch.NOTHING;
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String field = member.getKey();
            JsonNode value = member.getValue();
            switch (field) {
                case "name" -> patch = patch.withName(edit(field, value, String.class, s -> s, wrong, unknown));
                case "businessType" -> patch = patch.withBusinessType(edit(field, value, BusinessType.class, t -> t, wrong, unknown));
                case "contact" -> patch = patch.withContact(edit(field, value, ContactBody.class, CustomerBodies::contact, wrong, unknown));
                case "paymentTermsDays" -> patch = patch.withPaymentTermsDays(edit(field, value, Integer.class, t -> t, wrong, unknown));
                case "creditLimit" -> patch = patch.withCreditLimit(edit(field, value, CreditLimitBody.class, CustomerBodies::creditLimit,
                        wrong, unknown));
                case "delivery" -> patch = patch.withDelivery(edit(field, value, DeliveryBody.class, CustomerBodies::delivery, wrong, unknown));
                default -> unknown.add(new Problem.FieldError(field, "unknown field; known fields here: "
                        + List.of("name", "businessType", "contact", "paymentTermsDays", "creditLimit", "delivery")));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problem.of(400, "request.unknown_field", "Unknown field",
                    unknown.size() == 1 ? "'" + unknown.get(0).field() + "' is not a field of this request"
                            : unknown.size() + " fields are not fields of this request", unknown));
        }
        if (!wrong.isEmpty()) {
            throw new ProblemException(Problem.of(400, "request.wrong_type", "Wrong type",
                    wrong.size() == 1 ? "'" + wrong.get(0).field() + "' has the wrong type or an unreadable value"
                            : wrong.size() + " fields have the wrong type or an unreadable value", wrong));
        }
        return patch;
    }

    private <B, T> Edit<T> edit(String field, JsonNode value, Class<B> type, Function<B, T> convert, List<Problem.FieldError> wrong,
                                List<Problem.FieldError> unknown) {
        if (value.isNull()) {
            return Edit.clear();
        }
        try {
            return Edit.set(convert.apply(mapper.treeToValue(value, type)));
        } catch (UnrecognizedPropertyException e) {
            unknown.add(new Problem.FieldError(join(field, RequestBodies.path(e)), "unknown field; known fields here: "
                    + e.getKnownPropertyIds()));
        } catch (JsonMappingException e) {
            wrong.add(new Problem.FieldError(join(field, RequestBodies.path(e)), "has the wrong type or an unreadable value"));
        } catch (JsonProcessingException e) {
            wrong.add(new Problem.FieldError(field, "is not readable"));
        }
        return Edit.keep();
    }

    private static String join(String field, String path) {
        return path.isEmpty() ? field : field + "." + path;
    }

    static Customer.ContactDraft contact(ContactBody c) {
        return c == null ? null : new Customer.ContactDraft(c.person(), c.phone(), c.email());
    }

    static Customer.CreditLimitDraft creditLimit(CreditLimitBody c) {
        return c == null ? null : new Customer.CreditLimitDraft(c.amount(), c.currency());
    }

    static Customer.DeliveryDraft delivery(DeliveryBody d) {
        if (d == null) {
            return null;
        }
        AddressBody a = d.address();
        return new Customer.DeliveryDraft(a == null ? null : new Customer.AddressDraft(a.line1(), a.line2(), a.postalCode(), a.city(),
                a.countryCode()), d.windowFrom(), d.windowTo(), d.instructions());
    }
}
