const response = await fetch('https://api.example.com/v1/users/me', {
  method: 'GET',
  headers: {
    'Accept': 'application/json',
    'Authorization': 'Basic JyIkSE9NRSBgdG91Y2ggL3RtcC9zbmlwcGV0cy1jYW5hcnlgICQodG91Y2ggL3RtcC9zbmlwcGV0cy1jYW5hcnkpIFwgXCcgJSAmICsgISAhISAqIH4gIyA7IHwgPCA+IHsgfSBbIF0gXiA9ICwKbGluZQ0KCXRhYiDigKgg4oCpIMKgIO+7vyDigIsg4oCuIMOpIGXMgSDigqwgwqMg8J+UkSDkuK3mloc6JyIkSE9NRSBgdG91Y2ggL3RtcC9zbmlwcGV0cy1jYW5hcnlgICQodG91Y2ggL3RtcC9zbmlwcGV0cy1jYW5hcnkpIFwgXCcgJSAmICsgISAhISAqIH4gIyA7IHwgPCA+IHsgfSBbIF0gXiA9ICwKbGluZQ0KCXRhYiDigKgg4oCpIMKgIO+7vyDigIsg4oCuIMOpIGXMgSDigqwgwqMg8J+UkSDkuK3mloc=',
  },
});
console.log(response.status);
console.log(await response.text());
