package io.suanli.core.system.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of one kind of message in one channel and language, with {@code ${variables}}. */
@Entity
@Table(name = "message_template")
@IdClass(MessageTemplate.Key.class)
public class MessageTemplate {

    public enum Channel { SMS, EMAIL, INAPP }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([a-zA-Z0-9_]+)}");

    @Id
    private String code;

    @Id
    private String channel;

    @Id
    private String locale;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected MessageTemplate() {
    }

    public String code() {
        return code;
    }

    public Channel channel() {
        return Channel.valueOf(channel);
    }

    public String locale() {
        return locale;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public void change(String subject, String body, Instant at, String by) {
        this.subject = subject;
        this.body = body;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** Replaces each {@code ${name}} with its value; an unknown variable stays visible as it is. */
    public static String render(String text, Map<String, String> variables) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = variables.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The composite key. */
    public static class Key implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        public String code;
        public String channel;
        public String locale;

        public Key() {
        }

        public Key(String code, String channel, String locale) {
            this.code = code;
            this.channel = channel;
            this.locale = locale;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && code.equals(k.code) && channel.equals(k.channel) && locale.equals(k.locale);
        }

        @Override
        public int hashCode() {
            return (code + "/" + channel + "/" + locale).hashCode();
        }
    }
}
