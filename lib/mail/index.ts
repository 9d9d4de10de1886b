export { mailFrom, sendMail, type Mail } from './send-mail';
export { appUrl } from './app-url';
