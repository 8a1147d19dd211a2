package crosscheck.parse;

import java.nio.charset.Charset;

/**
 * The character set chosen to decode a file's bytes, and why.
 *
 * @param charset the decoder to use
 * @param reason how it was chosen, for {@code explain} (e.g. {@code "declared gb2312, bytes agree"})
 */
public record CharsetChoice(Charset charset, String reason) {}
