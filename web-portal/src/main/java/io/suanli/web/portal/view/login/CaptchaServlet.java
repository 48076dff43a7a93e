package io.suanli.web.portal.view.login;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * {@code /captcha.png}: a fresh image captcha for the login page. The answer stays in the HTTP session and is
 * good for one check only.
 */
@WebServlet("/captcha.png")
public class CaptchaServlet extends HttpServlet {

    static final String ANSWER = "suanli.captcha";
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        request.getSession().setAttribute(ANSWER, code.toString());
        BufferedImage image = new BufferedImage(150, 50, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(245, 246, 247));
        g.fillRect(0, 0, 150, 50);
        for (int i = 0; i < 8; i++) {
            g.setColor(new Color(RANDOM.nextInt(160), RANDOM.nextInt(160), RANDOM.nextInt(160)));
            g.setStroke(new BasicStroke(1 + RANDOM.nextInt(2)));
            g.drawLine(RANDOM.nextInt(150), RANDOM.nextInt(50), RANDOM.nextInt(150), RANDOM.nextInt(50));
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        for (int i = 0; i < code.length(); i++) {
            AffineTransform saved = g.getTransform();
            g.rotate((RANDOM.nextDouble() - 0.5) * 0.6, 15 + i * 27, 25);
            g.setColor(new Color(RANDOM.nextInt(120), RANDOM.nextInt(120), RANDOM.nextInt(120)));
            g.drawString(String.valueOf(code.charAt(i)), 8 + i * 27, 36 + RANDOM.nextInt(6) - 3);
            g.setTransform(saved);
        }
        g.dispose();
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "no-store");
        ImageIO.write(image, "png", response.getOutputStream());
    }

    /** Checks an answer against the session's captcha and forgets it (one try per image). */
    static boolean check(HttpSession session, String answer) {
        if (session == null) {
            return false;
        }
        Object expected = session.getAttribute(ANSWER);
        session.removeAttribute(ANSWER);
        return expected != null && answer != null && expected.equals(answer.trim().toUpperCase(Locale.ROOT));
    }
}
