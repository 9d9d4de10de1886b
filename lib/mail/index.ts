export { mailFrom, sendMail, type Mail } from './send-mail';
