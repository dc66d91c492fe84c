/** Formats of contact data people type in: checked the same way wherever they are asked for. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE_PATTERN = /^[+0-9 ()-]{6,32}$/;
