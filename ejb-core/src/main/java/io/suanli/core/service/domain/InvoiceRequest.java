package io.suanli.core.service.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.shared.domain.Validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An invoice request as SPEC §11 admits it: the title is the verified name and the taxpayer id the verified unified
 * social credit code (taken from the verification when left out, refused when they differ); a special invoice only for
 * an enterprise, with its bank, account, registered address and phone; an e-mail address for the electronic invoice;
 * a mailing address when paper is wanted. The amount is checked against the invoiceable figures elsewhere
 * ({@link Invoiceable#admit}).
 */
public record InvoiceRequest(InvoiceType type, String title, String taxNo, Money amount, String email, String bankName, String bankAccount,
                             String address, String phone, String mailTo) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[A-Za-z]{2,}");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{8,32}");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{6,20}");

    /** Checks what the customer sent against its verified identity; answers the request as it will be stored. */
    public static InvoiceRequest of(InvoiceIdentity who, String type, String title, String taxNo, Money amount, String email, String bankName,
                                    String bankAccount, String address, String phone, String mailTo) {
        InvoiceType t = InvoiceType.parse(type);
        if (t == InvoiceType.SPECIAL && !who.enterprise()) {
            throw new SuanliException("invoice.specialForPerson");
        }
        String verifiedName = who.name() == null ? "" : who.name().trim();
        String sentTitle = Validation.optionalText(title, 200, "invoice.title");
        if (sentTitle != null && !sentTitle.equals(verifiedName)) {
            throw new SuanliException("invoice.titleMismatch", sentTitle, verifiedName);
        }
        String sentTax = Validation.optionalText(taxNo, 32, "invoice.taxNo");
        String tax = null;
        if (who.enterprise()) {
            if (who.creditCode() == null) {
                throw new SuanliException("invoice.taxNoUnknown");
            }
            if (sentTax != null && !sentTax.toUpperCase(Locale.ROOT).equals(who.creditCode())) {
                throw new SuanliException("invoice.taxNoMismatch", sentTax, who.creditCode());
            }
            tax = who.creditCode();
        } else if (sentTax != null) {
            throw new SuanliException("invoice.taxNoForPerson");
        }
        if (amount == null) {
            throw new SuanliException("money.required");
        }
        String mail = Validation.requiredText(email, 254, "invoice.email").toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(mail).matches()) {
            throw new SuanliException("invoice.emailInvalid", mail);
        }
        String bank = Validation.optionalText(bankName, 100, "invoice.bankName");
        String account = Validation.optionalText(bankAccount, 40, "invoice.bankAccount");
        String addr = Validation.optionalText(address, 200, "invoice.address");
        String tel = Validation.optionalText(phone, 20, "invoice.phone");
        if (t == InvoiceType.SPECIAL) {
            Validation.requiredText(bank, 100, "invoice.bankName");
            Validation.requiredText(account, 40, "invoice.bankAccount");
            Validation.requiredText(addr, 200, "invoice.address");
            Validation.requiredText(tel, 20, "invoice.phone");
        }
        if (account != null) {
            account = account.replace(" ", "");
            if (!ACCOUNT.matcher(account).matches()) {
                throw new SuanliException("invoice.bankAccountInvalid");
            }
        }
        if (tel != null && !PHONE.matcher(tel).matches()) {
            throw new SuanliException("invoice.phoneInvalid", tel);
        }
        return new InvoiceRequest(t, verifiedName, tax, amount, mail, bank, account, addr, tel, Validation.optionalText(mailTo, 300, "invoice.mailTo"));
    }

    /** A paper invoice (mailed to {@link #mailTo}), which finance sends with a courier and tracking number. */
    public boolean paper() {
        return mailTo != null;
    }
}
