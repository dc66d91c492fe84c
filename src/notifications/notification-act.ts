/** Which act is notified to the applying entity (Llei 39/2015 art. 40–43). */
export enum NotificationAct {
  CORRECTIONS_REQUEST = 'CORRECTIONS_REQUEST',
  HEARING = 'HEARING',
  RESOLUTION = 'RESOLUTION',
  REVOCATION_OPENING = 'REVOCATION_OPENING',
  DELAY_COMMUNICATION = 'DELAY_COMMUNICATION',
}

/** Where a notification stands; computed from its columns (notification.rules.ts, notificationStatus). */
export enum NotificationStatus {
  AVAILABLE = 'AVAILABLE',
  ACCESSED = 'ACCESSED',
  DEEMED_REJECTED = 'DEEMED_REJECTED',
}
