/**
 * A telephone number as people write it: digits, with + - ( ) and spaces between them, and at
 * least 5 digits ("0558-1234567", "13800000000", "+86 138 0000 0000"). Shared by the API's DTOs
 * and the web forms, so that both refuse the same text ("abc", "---").
 */
export const PHONE_PATTERN = /^(?=(?:\D*\d){5})[\d+\-() ]+$/;

export const isPhone = (text: string): boolean => PHONE_PATTERN.test(text);
