const DEVICE_CODE = process.env.DEVICE_CODE;
if (!DEVICE_CODE) throw new Error('Set DEVICE_CODE first.');

// RFC 8628 §3.5: poll every interval seconds while the person has not answered; slow_down adds 5.
let interval = 1;
let response;
for (;;) {
  await new Promise((resolve) => setTimeout(resolve, interval * 1000));
  response = await fetch('https://api.example.com/oauth/token', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Accept': 'application/json',
    },
    body: new URLSearchParams([
      ['grant_type', 'urn:ietf:params:oauth:grant-type:device_code'],
      ['device_code', DEVICE_CODE],
      ['client_id', 'example-api-device'],
    ]),
  });
  const { error } = response.status === 400 ? await response.clone().json() : {};
  if (error === 'slow_down') interval += 5;
  else if (error !== 'authorization_pending') break;
}
console.log(response.status);
console.log(await response.text());
