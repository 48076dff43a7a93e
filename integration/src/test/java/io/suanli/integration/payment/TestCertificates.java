package io.suanli.integration.payment;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * Self-signed X.509 certificates made at test time (no key or certificate is ever committed). Uses the ASN.1 classes of
 * BouncyCastle, which the Alipay SDK brings along.
 */
public final class TestCertificates {

    private TestCertificates() {
    }

    public static X509Certificate selfSigned(KeyPair keys, BigInteger serial, String commonName) {
        try {
            AlgorithmIdentifier algorithm =
                    new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE);
            V3TBSCertificateGenerator generator = new V3TBSCertificateGenerator();
            generator.setSerialNumber(new ASN1Integer(serial));
            generator.setIssuer(new X500Name("CN=" + commonName));
            generator.setSubject(new X500Name("CN=" + commonName));
            generator.setStartDate(new Time(Date.from(Instant.now().minus(Duration.ofDays(1)))));
            generator.setEndDate(new Time(Date.from(Instant.now().plus(Duration.ofDays(365)))));
            generator.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()));
            generator.setSignature(algorithm);
            TBSCertificate tbs = generator.generateTBSCertificate();
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(tbs.getEncoded(ASN1Encoding.DER));
            byte[] der = new DERSequence(new ASN1Encodable[]{tbs, algorithm, new DERBitString(signature.sign())})
                    .getEncoded(ASN1Encoding.DER);
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a test certificate", e);
        }
    }

    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
